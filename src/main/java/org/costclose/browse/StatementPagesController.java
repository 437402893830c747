package org.costclose.browse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.costclose.statements.DimensionStatementRequest;
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

    /** the statements' own dimension statement (stmt7's renderer), its cells linking to the drill-down here */
    @GetMapping("/{company}/{period}/dimension")
    void dimensionStatement(@PathVariable String company, @PathVariable String period,
                            @RequestParam(defaultValue = BrowseService.ACTUAL) String version,
                            @RequestParam String dimension, @RequestParam String lineStructure,
                            @RequestParam(required = false) String hierarchyNode,
                            @RequestParam(required = false) List<String> compare,
                            @RequestParam(defaultValue = "auto") String layout,
                            @RequestParam(defaultValue = "false") boolean split,
                            HttpServletRequest request, HttpServletResponse response) throws IOException {
        var statement = new DimensionStatementRequest(company, period, version, dimension, lineStructure,
                hierarchyNode, compare, layout, split);
        byte[] html = browse.statementHtml(statement, request.getContextPath());
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(html);
    }
}
