<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="${lang}">
<head>
<meta name="dtb:uid" content="${identifier}"/>
<meta name="dtb:depth" content="${headings?has_content?then(2, 1)}"/>
<meta name="dtb:totalPageCount" content="0"/>
<meta name="dtb:maxPageNumber" content="0"/>
</head>
<docTitle><text>${title}</text></docTitle>
<#list authors as author>
<docAuthor><text>${author.name}</text></docAuthor>
</#list>
<navMap>
<navPoint id="nav-article" playOrder="1">
<navLabel><text>${title}</text></navLabel>
<content src="article.xhtml"/>
<#list headings as h>
<navPoint id="nav-${h.id}" playOrder="${h?counter + 1}">
<navLabel><text>${h.text}</text></navLabel>
<content src="article.xhtml#${h.id}"/>
</navPoint>
</#list>
</navPoint>
<navPoint id="nav-credits" playOrder="${headings?size + 2}">
<navLabel><text>${labels.credits}</text></navLabel>
<content src="article.xhtml#credits"/>
</navPoint>
</navMap>
</ncx>
