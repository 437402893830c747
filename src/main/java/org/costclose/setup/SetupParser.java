package org.costclose.setup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.costclose.setup.model.CompanyInfo;
import org.costclose.setup.model.CompanySetup;
import org.costclose.shared.InvalidInputException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a company's setup files into the model and reports every problem at once. Single sections
 * (company, calendar) may be defined once (or identically again); list sections may be split across
 * files and are concatenated in file-name order.
 */
public final class SetupParser {

    static final String TITLE = "Company setup has errors";

    private static final Map<String, MappingReader.ElementReader<?>> SINGLE = Map.of(
            "company", CompanyReader::company,
            "calendar", CompanyReader::calendar);
    private static final Map<String, MappingReader.ElementReader<?>> LISTS = new LinkedHashMap<>();

    static {
        LISTS.put("dimensions", DimensionReader::dimension);
        LISTS.put("costCategories", CategoryReader::category);
        LISTS.put("postingLayers", ListReaders::postingLayer);
        LISTS.put("postingControl", ListReaders::postingControl);
        LISTS.put("lineStructures", LineStructureReader::structure);
        LISTS.put("resources", ListReaders::resource);
        LISTS.put("calculationVersions", CalculationReader::version);
        LISTS.put("approvalLevels", ListReaders::approvalLevel);
        LISTS.put("closeCalendar", ListReaders::closeDeadline);
        LISTS.put("closeHolidays", ListReaders::closeHoliday);
    }

    static final List<String> SECTIONS = List.of("company", "calendar", "dimensions", "costCategories",
            "postingLayers", "postingControl", "lineStructures", "resources", "calculationVersions", "approvalLevels",
            "closeCalendar", "closeHolidays");
    private static final List<String> REQUIRED = List.of("company", "calendar", "dimensions", "costCategories",
            "postingLayers");

    private SetupParser() {
    }

    /** The setup of {@code companyId}; throws {@link InvalidInputException} listing every problem. */
    public static CompanySetup read(String companyId, List<SetupFile> files) {
        Problems problems = new Problems();
        if (files.isEmpty()) {
            problems.add(Place.start(null), null, "no setup files");
            throw new InvalidInputException(TITLE, problems.sorted());
        }
        List<SetupDocuments.Section> sections = SetupDocuments.sections(files, SECTIONS, problems);
        String firstFile = files.stream().map(SetupFile::name).min(Comparator.naturalOrder()).orElseThrow();
        requireSections(sections, firstFile, problems);
        Located<CompanyInfo> company = single("company", sections, problems);
        if (company != null && !company.value().id().equals(companyId)) {
            problems.add(problems.locate(company.place(), ".id"), company.value().id(),
                    "the setup is for company " + company.value().id() + ", not " + companyId);
        }
        SetupDraft draft = new SetupDraft(company, single("calendar", sections, problems), lists(sections, problems));
        new SetupValidator(draft, problems).check();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(TITLE, problems.sorted());
        }
        return draft.toSetup();
    }

    private static void requireSections(List<SetupDocuments.Section> sections, String firstFile, Problems problems) {
        for (String name : REQUIRED) {
            if (sections.stream().noneMatch(section -> section.name().equals(name))) {
                problems.add(new Place(firstFile, 1, name), null, "missing section '" + name + "'");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Located<T> single(String name, List<SetupDocuments.Section> sections, Problems problems) {
        Located<T> first = null;
        for (SetupDocuments.Section section : sections) {
            if (!section.name().equals(name)) {
                continue;
            }
            T value = (T) SINGLE.get(name).read(section.value(), section.place(), problems);
            if (value != null && first == null) {
                first = new Located<>(value, section.place());
            } else if (value != null && !value.equals(first.value())) {
                problems.add(section.place(), null, "section " + name + " is defined differently in "
                        + first.place().file() + " (line " + first.place().line() + ") and "
                        + section.place().file() + " (line " + section.place().line() + ")");
            }
        }
        return first;
    }

    private static Map<String, List<Located<?>>> lists(List<SetupDocuments.Section> sections, Problems problems) {
        Map<String, List<Located<?>>> lists = new LinkedHashMap<>();
        for (SetupDocuments.Section section : sections) {
            MappingReader.ElementReader<?> reader = LISTS.get(section.name());
            if (reader != null) {
                lists.computeIfAbsent(section.name(), name -> new ArrayList<>())
                        .addAll(elements(section, reader, problems));
            }
        }
        return lists;
    }

    private static List<Located<?>> elements(SetupDocuments.Section section, MappingReader.ElementReader<?> reader,
            Problems problems) {
        Node node = section.value();
        if (node instanceof ScalarNode && Tag.NULL.equals(node.getTag())) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problems.add(section.place(), MappingReader.scalarText(node), "must be a list");
            return List.of();
        }
        List<Located<?>> elements = new ArrayList<>();
        for (int index = 0; index < sequence.getValue().size(); index++) {
            Node element = sequence.getValue().get(index);
            Place place = section.place().index(index, element);
            Object value = reader.read(element, place, problems);
            if (value != null) {
                elements.add(new Located<>(value, place));
            }
        }
        return elements;
    }
}
