<#-- A report of the reports endpoint: its facts and its table. Model: table (ReportTable), fmt (FigureFormat),
     lang, links, linkPrefix, format. -->
<#import "../_macros/layout.ftl" as layout>
<#import "../_macros/table.ftl" as report>
<@layout.page title=table.title lang=lang>
<@report.facts table=table/>
<@report.grid table=table fmt=fmt links=links linkPrefix=linkPrefix/>
</@layout.page>
