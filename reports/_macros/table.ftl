<#-- A ReportTable: facts, grouped column headings and the rows (read once, as they stream). Every figure is
     formatted by fmt (FigureFormat); a cell with a drill path links to linkPrefix + drill when links is true. -->
<#macro facts table>
<h1>${table.title}</h1>
<dl class="facts"><#list table.facts as fact><dt>${fact.label}:</dt><dd>${fact.value}</dd></#list></dl>
</#macro>

<#macro grid table fmt links linkPrefix>
<#local groups = table.groups()>
<table class="report">
<thead>
<#if groups?size gt 1>
<tr><#list groups as group><th colspan="${group.span}">${group.label}</th></#list></tr>
</#if>
<tr><#list table.columns as column><th class="${(column.figure == "TEXT")?then("label", "num")}">${column.label}</th></#list></tr>
</thead>
<tbody>
<#list table.rows as row>
<tr<#if row.total> class="total"</#if>><#list row.cells as cell><@cellOf cell fmt links linkPrefix/></#list></tr>
</#list>
</tbody>
</table>
</#macro>

<#macro cellOf cell fmt links linkPrefix>
<#if !cell.isNumber()><td class="label">${fmt.format(cell)}</td><#return></#if>
<td class="num ${cell.figure?lower_case}<#if cell.isNegative()> negative</#if>"<#if cell.id??> id="${cell.id}" data-value="${cell.value}" data-line="${cell.line}"</#if>><#if links && cell.drill??><a href="${linkPrefix}${cell.drill}">${fmt.format(cell)}</a><#else>${fmt.format(cell)}</#if></td>
</#macro>
