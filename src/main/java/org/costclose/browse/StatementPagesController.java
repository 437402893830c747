package org.costclose.browse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The browsable statements: companies, a company's periods and versions, a period's statements, a statement. */
@Controller
@RequestMapping("/statements")
class StatementPagesController {

    private final BrowseService browse;

    StatementPagesController(BrowseService browse) {
        this.browse = browse;
    }

    @GetMapping
    String companies(Model model) {
        model.addAttribute("companies", browse.companies());
        return "browse/companies";
    }

    @GetMapping("/{company}")
    String company(@PathVariable String company, Model model) {
        model.addAttribute("view", browse.company(company));
        return "browse/company";
    }

    @GetMapping("/{company}/{period}")
    String statements(@PathVariable String company, @PathVariable String period,
                      @RequestParam(defaultValue = BrowseService.ACTUAL) String version, Model model) {
        var view = browse.company(company);
        if (view.periods().stream().noneMatch(p -> p.periodId().equals(period))) {
            throw new org.costclose.shared.NotFoundException("company " + company + " has no period '" + period + "'");
        }
        model.addAttribute("view", view);
        model.addAttribute("period", period);
        model.addAttribute("version", version);
        model.addAttribute("statements", browse.statements(view.setup()));
        return "browse/statements";
    }

    @GetMapping("/{company}/{period}/dimension")
    String dimensionStatement(@PathVariable String company, @PathVariable String period,
                              @RequestParam(defaultValue = BrowseService.ACTUAL) String version,
                              @RequestParam String dimension, @RequestParam String lineStructure, Model model) {
        var setup = browse.setup(company);
        model.addAttribute("company", setup.company());
        model.addAttribute("period", period);
        model.addAttribute("version", version);
        model.addAttribute("dimension", dimension);
        model.addAttribute("lineStructure", lineStructure);
        model.addAttribute("grid", browse.statement(company, period, version, dimension, lineStructure));
        return "browse/dimension";
    }
}
