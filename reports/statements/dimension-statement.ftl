<#-- The dimension statement: a line structure's lines against dimension values (or the other way round for
     many values), with comparison columns. Model: table (ReportTable), fmt (FigureFormat), lang, links,
     linkPrefix (e.g. "" on this server, so a cell links to /statements/{company}/{period}/drill?…). -->
<#import "../_macros/layout.ftl" as layout>
<#import "../_macros/table.ftl" as report>
<@layout.page title=table.title lang=lang>
<@report.facts table=table/>
<@report.grid table=table fmt=fmt links=links linkPrefix=linkPrefix/>
</@layout.page>
