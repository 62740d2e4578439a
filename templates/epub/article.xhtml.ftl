<#ftl output_format="XML">
<#-- The article: header, lead image, body, credits. Every ${} is XML-escaped. -->
<#-- Where a page of the PDF edition begins: an empty marker the page list links to. -->
<#macro pagebreak p>
<span epub:type="pagebreak" role="doc-pagebreak" id="${p.id}" aria-label="${p.label}"></span><#t>
</#macro>
<#macro pagebreaks items>
<#list items as p><@pagebreak p/></#list><#t>
</#macro>
<#-- An element's dir attribute, where its direction differs from the one around it. -->
<#macro dirOf x><#if x.dir?has_content> dir="${x.dir}"</#if></#macro>
<#macro inlines items>
<#list items as i>
<#if i.kind == "pagebreak">
<@pagebreak i/><#t>
<#elseif i.kind == "text">
${i.text}<#t>
<#elseif i.kind == "em">
<em<@dirOf i/>><@inlines i.content/></em><#t>
<#elseif i.kind == "strong">
<strong<@dirOf i/>><@inlines i.content/></strong><#t>
<#elseif i.kind == "del">
<del<@dirOf i/>><@inlines i.content/></del><#t>
<#elseif i.kind == "noteref">
<a epub:type="noteref" role="doc-noteref" href="#fn-${i.number}"<#if i.id?has_content> id="${i.id}"</#if>><sup>${i.number}</sup></a><#t>
<#elseif i.kind == "code">
<code<@dirOf i/>>${i.text}</code><#t>
<#elseif i.kind == "link">
<a href="${i.href}"<@dirOf i/>><@inlines i.content/></a><#t>
<#elseif i.kind == "span">
<#if i.dir?has_content><span<@dirOf i/>><@inlines i.content/></span><#else><@inlines i.content/></#if><#t>
<#elseif i.kind == "br">
<br/><#t>
</#if>
</#list>
</#macro>
<#macro figure f class="">
<figure<#if class?has_content> class="${class}"</#if>><@pagebreaks f.pages/>
  <img src="${f.src}" alt="${f.alt}" width="${f.width}" height="${f.height}"/>
<#if f.caption?has_content || f.credit?has_content>
  <figcaption<#if f.captionDir?has_content> dir="${f.captionDir}"</#if>><#if f.caption?has_content><span class="caption">${f.caption}</span></#if><#if f.caption?has_content && f.credit?has_content> </#if><#if f.credit?has_content><span class="credit">${f.credit}</span></#if></figcaption>
</#if>
</figure>
</#macro>
<#macro blocks items>
<#list items as b>
<#if b.kind == "paragraph">
<p<@dirOf b/>><@inlines b.content/></p>
<#elseif b.kind == "heading">
<h${b.level} id="${b.id}"<@dirOf b/>><@inlines b.content/></h${b.level}>
<#elseif b.kind == "quote">
<blockquote<@dirOf b/>>
<@blocks b.content/>
</blockquote>
<#elseif b.kind == "list">
<#if b.ordered>
<ol<#if b.start != 1> start="${b.start}"</#if><@dirOf b/>>
<#else>
<ul<@dirOf b/>>
</#if>
<#list b.items as item>
<li<#if b.itemDirs?? && b.itemDirs[item?index]?has_content> dir="${b.itemDirs[item?index]}"</#if>>
<@blocks item/>
</li>
</#list>
<#if b.ordered>
</ol>
<#else>
</ul>
</#if>
<#elseif b.kind == "code">
<pre<@dirOf b/>><code><@inlines b.content/></code></pre>
<#elseif b.kind == "figure">
<@figure b/>
<#elseif b.kind == "table">
<div class="table"><@pagebreaks b.pages/>
<table>
<thead>
<tr>
<#list b.header as c>
<#if c.content?has_content>
<th scope="col"<#if c.align?has_content> class="${c.align}"</#if><@dirOf c/>><@inlines c.content/></th>
<#else>
<td></td>
</#if>
</#list>
</tr>
</thead>
<#if b.rows?has_content>
<tbody>
<#list b.rows as row>
<tr>
<#list row as c>
<td<#if c.align?has_content> class="${c.align}"</#if><@dirOf c/>><@inlines c.content/></td>
</#list>
</tr>
</#list>
</tbody>
</#if>
</table>
</div>
<#elseif b.kind == "notes">
<section class="notes" epub:type="endnotes" role="doc-endnotes" aria-labelledby="notes"><@pagebreaks b.pages/>
<h2 id="notes">${b.heading}</h2>
<ol>
<#list b.notes as n>
<li id="fn-${n.number}" epub:type="endnote">
<@blocks n.content/>
<#if n.back?has_content>
<p class="back"><a href="#${n.back}" role="doc-backlink" aria-label="${b.back}">&#x21A9;&#xFE0E;</a></p>
</#if>
</li>
</#list>
</ol>
</section>
<#elseif b.kind == "break">
<@pagebreaks b.pages/><hr class="section-break"/>
</#if>
</#list>
</#macro>
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${lang}" lang="${lang}"<#if dir?has_content> dir="${dir}"</#if>>
<head>
<meta charset="UTF-8"/>
<title>${title}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body>
<article id="article" epub:type="bodymatter">
<header>
<h1 class="title"<#if titleDir?has_content> dir="${titleDir}"</#if>><@pagebreaks titlePages/>${title}</h1>
<#if subtitle?has_content>
<p class="subtitle"<#if subtitleDir?has_content> dir="${subtitleDir}"</#if>>${subtitle}</p>
</#if>
<#if authors?has_content>
<p class="byline">${bylineBefore}<#list authors as author><#if author?index gt 0><#if author?has_next>, <#else> ${namesAnd} </#if></#if><span class="author">${author.name}</span><#if author.role?has_content> <span class="role">(${author.role})</span></#if></#list>${bylineAfter}</p>
</#if>
<p class="meta"><time datetime="${date.iso}">${date.text}</time><#if updated??> <span class="sep">·</span> <span class="updated"><time datetime="${updated.iso}">${updated.text}</time></span></#if> <span class="sep">·</span> <span class="read-time">${readTime}</span></p>
</header>
<#if lead??>
<@figure lead "lead"/>
</#if>
<div class="body">
<@blocks body/>
</div>
</article>
<section id="credits" class="credits" epub:type="backmatter">
<@pagebreaks creditsPages/>
<h2>${labels.credits}</h2>
<#if authors?has_content>
<h3>${labels.aboutAuthors}</h3>
<#list authors as author>
<p class="author-credit"><span class="author">${author.name}</span><#if author.role?has_content>, <span class="role">${author.role}</span></#if><#if author.bio?has_content>. <span class="bio">${author.bio}</span></#if></p>
</#list>
</#if>
<#if imageCredits?has_content>
<h3>${labels.images}</h3>
<ul class="image-credits">
<#list imageCredits as c>
<li><span class="what">${c.what}</span>: <span class="credit">${c.credit}</span></li>
</#list>
</ul>
</#if>
<#if labels.publishedBy?has_content>
<p class="publisher">${labels.publishedBy}</p>
</#if>
<#if rights?has_content>
<p class="rights">${rights}</p>
</#if>
</section>
</body>
</html>
