<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="${lang}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="pub-id">${identifier}</dc:identifier>
    <dc:title id="title">${title}</dc:title>
<#list authors as author>
    <dc:creator id="creator-${author?counter}">${author.name}</dc:creator>
    <meta refines="#creator-${author?counter}" property="role" scheme="marc:relators">aut</meta>
    <meta refines="#creator-${author?counter}" property="display-seq">${author?counter}</meta>
</#list>
    <dc:language>${lang}</dc:language>
    <dc:date>${pubDate}</dc:date>
<#if publisher?has_content>
    <dc:publisher>${publisher}</dc:publisher>
</#if>
<#if rights?has_content>
    <dc:rights>${rights}</dc:rights>
</#if>
<#if summary?has_content>
    <dc:description>${summary}</dc:description>
</#if>
<#list tags as tag>
    <dc:subject>${tag}</dc:subject>
</#list>
    <meta property="dcterms:modified">${modified}</meta>
    <meta name="cover" content="${cover.id}"/>
<#list a11y.accessModes as mode>
    <meta property="schema:accessMode">${mode}</meta>
</#list>
<#list a11y.accessModesSufficient as modes>
    <meta property="schema:accessModeSufficient">${modes}</meta>
</#list>
<#list a11y.features as feature>
    <meta property="schema:accessibilityFeature">${feature}</meta>
</#list>
<#list a11y.hazards as hazard>
    <meta property="schema:accessibilityHazard">${hazard}</meta>
</#list>
    <meta property="schema:accessibilitySummary">${a11y.summary}</meta>
<#if a11y.conformsTo?has_content>
    <meta property="dcterms:conformsTo">${a11y.conformsTo}</meta>
    <meta property="a11y:certifiedBy">${a11y.certifiedBy}</meta>
</#if>
<#if a11y.pageBreakSource?has_content>
    <meta property="pageBreakSource">${a11y.pageBreakSource}</meta>
</#if>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
    <item id="cover" href="cover.xhtml" media-type="application/xhtml+xml"/>
    <item id="article" href="article.xhtml" media-type="application/xhtml+xml"/>
    <item id="style" href="style.css" media-type="text/css"/>
    <item id="${cover.id}" href="${cover.href}" media-type="${cover.mediaType}" properties="cover-image"/>
<#list images as image>
    <item id="${image.id}" href="${image.href}" media-type="${image.mediaType}"/>
</#list>
  </manifest>
  <spine toc="ncx"<#if dir?has_content> page-progression-direction="${dir}"</#if>>
    <itemref idref="cover"/>
    <itemref idref="article"/>
  </spine>
</package>
