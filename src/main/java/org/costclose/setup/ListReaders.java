package org.costclose.setup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.costclose.setup.model.PostingControlRule;
import org.costclose.setup.model.PostingLayer;
import org.costclose.setup.model.ApprovalLevel;
import org.costclose.setup.model.CloseDeadline;
import org.costclose.setup.model.Resource;
import org.costclose.setup.model.SetupCode;
import org.costclose.setup.model.SkipWhen;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the elements of the small list sections: posting layers, posting control, resources, approval levels, the
 * close calendar and the close's holidays.
 */
final class ListReaders {

    private ListReaders() {
    }

    static PostingLayer postingLayer(Node node, Place place, Problems problems) {
        String code = node instanceof ScalarNode scalar ? scalar.getValue().trim() : null;
        PostingLayer layer = code == null ? null : SetupCode.parse(PostingLayer.class, code).orElse(null);
        if (layer == null) {
            problems.add(place, code, "must be one of " + SetupCode.allowed(PostingLayer.class));
        }
        return layer;
    }

    static PostingControlRule postingControl(Node node, Place place, Problems problems) {
        MappingReader rule = MappingReader.of(node, place, problems, List.of("category", "dimension", "skip"))
                .orElse(null);
        if (rule == null) {
            return null;
        }
        String category = rule.id("category");
        String dimension = rule.id("dimension");
        SkipWhen skip = rule.code("skip", SkipWhen.class, true);
        return Build.record(place, problems, () -> new PostingControlRule(category, dimension, skip), category,
                dimension, skip);
    }

    static Resource resource(Node node, Place place, Problems problems) {
        MappingReader resource = MappingReader.of(node, place, problems, List.of("id", "category")).orElse(null);
        if (resource == null) {
            return null;
        }
        String id = resource.id("id");
        String category = resource.text("category");
        return Build.record(place, problems, () -> new Resource(id, category), id, category);
    }

    static ApprovalLevel approvalLevel(Node node, Place place, Problems problems) {
        MappingReader level = MappingReader.of(node, place, problems, List.of("name", "group")).orElse(null);
        if (level == null) {
            return null;
        }
        String name = level.text("name");
        String group = level.id("group");
        return Build.record(place, problems, () -> new ApprovalLevel(name, group), name, group);
    }

    static CloseDeadline closeDeadline(Node node, Place place, Problems problems) {
        MappingReader deadline = MappingReader.of(node, place, problems, List.of("task", "workingDay")).orElse(null);
        if (deadline == null) {
            return null;
        }
        String task = deadline.id("task");
        Integer day = deadline.integer("workingDay", true);
        if (task != null && !CloseDeadline.TASKS.contains(task)) {
            problems.add(deadline.at("task"), task, "not a task of the close; one of " + CloseDeadline.TASKS);
            return null;
        }
        if (day != null && (day < 1 || day > 23)) {
            problems.add(deadline.at("workingDay"), day.toString(), "a working day lies between 1 and 23");
            return null;
        }
        return Build.record(place, problems, () -> new CloseDeadline(task, day), task, day);
    }

    static LocalDate closeHoliday(Node node, Place place, Problems problems) {
        String text = MappingReader.scalarText(node);
        try {
            // ISO_LOCAL_DATE resolves strictly: 2026-02-30 and 2026-2-3 are refused
            return LocalDate.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            problems.add(place, text, "must be a date written YYYY-MM-DD");
            return null;
        }
    }
}
