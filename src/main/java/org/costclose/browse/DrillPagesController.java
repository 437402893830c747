package org.costclose.browse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The drill-down of a statement cell, page by page: the categories of the line, a category's cost transactions,
 * the calculation trace of a calculation posting, a GL entry.
 */
@Controller
@RequestMapping("/statements/{company}/{period}")
class DrillPagesController {

    private final DrillService drill;

    DrillPagesController(DrillService drill) {
        this.drill = drill;
    }

    @ModelAttribute("cell")
    DrillService.Cell cell(@PathVariable String company, @PathVariable String period,
                           @RequestParam(defaultValue = BrowseService.ACTUAL) String version,
                           @RequestParam(required = false) String dimension,
                           @RequestParam(required = false) String value,
                           @RequestParam(defaultValue = "false") boolean hierarchy) {
        return new DrillService.Cell(company, period, version, dimension, value, hierarchy);
    }

    @GetMapping("/drill")
    String categories(@ModelAttribute("cell") DrillService.Cell cell, @RequestParam String lineStructure,
                      @RequestParam String line, Model model) {
        model.addAttribute("lineStructure", lineStructure);
        model.addAttribute("line", line);
        model.addAttribute("categories", drill.categories(cell, lineStructure, line));
        return "browse/drill";
    }

    @GetMapping("/transactions")
    String transactions(@ModelAttribute("cell") DrillService.Cell cell, @RequestParam String category,
                        @RequestParam(defaultValue = "0") long offset, Model model) {
        model.addAttribute("category", category);
        model.addAttribute("page", drill.transactions(cell, category, offset));
        return "browse/transactions";
    }

    @GetMapping("/trace")
    String trace(@ModelAttribute("cell") DrillService.Cell cell, @RequestParam String category,
                 @RequestParam long run, @RequestParam String source, Model model) {
        model.addAttribute("category", category);
        model.addAttribute("source", source);
        model.addAttribute("rows", drill.trace(cell, category, run, source));
        return "browse/trace";
    }

    @GetMapping("/gl-entries/{entryId}")
    String glEntry(@ModelAttribute("cell") DrillService.Cell cell, @PathVariable String entryId, Model model) {
        model.addAttribute("entry", drill.entry(cell.company(), entryId));
        return "browse/gl-entry";
    }
}
