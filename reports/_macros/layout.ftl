<#-- The page of every report: XHTML (the PDF renderer parses it as XML), one style sheet for screen and print.
     The PDF uses the built-in Helvetica of PDF viewers (see README "Statements"), so texts stay within Latin-1. -->
<#macro page title lang>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="${lang}">
<head>
<meta charset="UTF-8"/>
<title>${title}</title>
<style>
  @page { size: A4 landscape; margin: 12mm 10mm; }
  body { font-family: Helvetica, Arial, sans-serif; font-size: 10pt; color: #1a1a1a; margin: 0; }
  h1 { font-size: 14pt; margin: 0 0 4pt 0; }
  dl.facts { margin: 0 0 8pt 0; }
  dl.facts dt { display: inline; font-weight: bold; }
  dl.facts dd { display: inline; margin: 0 12pt 0 2pt; }
  table.report { border-collapse: collapse; font-size: 8pt; -fs-table-paginate: paginate; }
  table.report th, table.report td { padding: 2pt 5pt; border-bottom: 0.5pt solid #d0d0d0; white-space: nowrap; }
  table.report thead th { background: #eef1f5; text-align: center; border-bottom: 1pt solid #707070; }
  table.report th.label, table.report td.label { text-align: left; }
  table.report td.num { text-align: right; }
  table.report td.negative, table.report td.negative a { color: #b00000; }
  table.report tr.total td { font-weight: bold; border-top: 1pt solid #404040; }
  table.report a { color: inherit; text-decoration: none; }
  table.report a:hover { text-decoration: underline; }
</style>
</head>
<body>
<#nested>
</body>
</html>
</#macro>
