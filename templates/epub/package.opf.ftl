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
<#list images as image>
<#if image.cover>
    <meta name="cover" content="${image.id}"/>
</#if>
</#list>
    <meta property="schema:accessMode">textual</meta>
<#if images?has_content>
    <meta property="schema:accessMode">visual</meta>
</#if>
    <meta property="schema:accessModeSufficient">textual</meta>
    <meta property="schema:accessibilityFeature">structuralNavigation</meta>
    <meta property="schema:accessibilityFeature">tableOfContents</meta>
    <meta property="schema:accessibilityHazard">none</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
    <item id="article" href="article.xhtml" media-type="application/xhtml+xml"/>
    <item id="style" href="style.css" media-type="text/css"/>
<#list images as image>
    <item id="${image.id}" href="${image.href}" media-type="${image.mediaType}"<#if image.cover> properties="cover-image"</#if>/>
</#list>
  </manifest>
  <spine toc="ncx">
    <itemref idref="article"/>
  </spine>
</package>
