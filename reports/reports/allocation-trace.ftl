<#-- The allocation trace: the flow picture (inline SVG, in the HTML and, drawn by Batik, in the PDF) and the moves.
     Model: table, fmt, lang, links, linkPrefix, format, picture (FlowPicture). -->
<#import "../_macros/layout.ftl" as layout>
<#import "../_macros/table.ftl" as report>
<@layout.page title=table.title lang=lang>
<@report.facts table=table/>
<#if picture.boxes?size gt 0>
<svg xmlns="http://www.w3.org/2000/svg" class="flow" width="${picture.width}" height="${picture.height}" viewBox="0 0 ${picture.width} ${picture.height}" role="img" aria-label="Cost flow">
<defs><marker id="arrowhead" markerWidth="8" markerHeight="8" refX="6" refY="4" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="#5b7fa6"/></marker></defs>
<#list picture.arrows as arrow>
<g class="edge" data-step="${arrow.step}" data-from="${arrow.from}" data-to="${arrow.to}">
<path d="${arrow.path}" fill="none" stroke="#5b7fa6" stroke-opacity="0.55" stroke-width="${arrow.width}" marker-end="url(#arrowhead)"/>
<text x="${arrow.labelX}" y="${arrow.labelY}" text-anchor="middle" font-size="10" fill="#1a1a1a">${arrow.label}</text>
</g>
</#list>
<#list picture.boxes as box>
<g class="node" id="${box.id}">
<rect x="${box.x}" y="${box.y}" width="150" height="34" rx="4" fill="#eef1f5" stroke="#707070"/>
<text x="${box.x + 75}" y="${box.y + 14}" text-anchor="middle" font-size="10" font-weight="bold">${box.label}</text>
<text x="${box.x + 75}" y="${box.y + 27}" text-anchor="middle" font-size="9">${box.name}</text>
</g>
</#list>
</svg>
<#if picture.leftOut gt 0><p>${picture.leftOut} smaller flows are left out of the picture; the table lists every move.</p></#if>
</#if>
<@report.grid table=table fmt=fmt links=links linkPrefix=linkPrefix/>
</@layout.page>
