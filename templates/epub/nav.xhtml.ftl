<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${lang}" lang="${lang}"<#if dir?has_content> dir="${dir}"</#if>>
<head>
<meta charset="UTF-8"/>
<title>${labels.contents}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body>
<nav epub:type="toc" id="toc" role="doc-toc">
<h1>${labels.contents}</h1>
<ol>
<li><a href="article.xhtml"<#if titleDir?has_content> dir="${titleDir}"</#if>>${title}</a>
<#if headings?has_content>
<ol>
<#list headings as h>
<li><a href="article.xhtml#${h.id}"<#if h.dir?has_content> dir="${h.dir}"</#if>>${h.text}</a></li>
</#list>
</ol>
</#if>
</li>
<li><a href="article.xhtml#credits">${labels.credits}</a></li>
</ol>
</nav>
<nav epub:type="landmarks" id="landmarks" hidden="hidden">
<h2>${labels.landmarks}</h2>
<ol>
<li><a epub:type="cover" href="cover.xhtml">${cover.title}</a></li>
<li><a epub:type="bodymatter" href="article.xhtml">${title}</a></li>
<li><a epub:type="backmatter" href="article.xhtml#credits">${labels.credits}</a></li>
</ol>
</nav>
<#if pages?has_content>
<nav epub:type="page-list" id="page-list" role="doc-pagelist" hidden="hidden">
<h2>${labels.pages}</h2>
<ol>
<#list pages as p>
<li><a href="article.xhtml#${p.id}">${p.label}</a></li>
</#list>
</ol>
</nav>
</#if>
</body>
</html>
