<#ftl output_format="XML">
<#-- The cover page: the cover image, described in words. -->
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${lang}" lang="${lang}"<#if dir?has_content> dir="${dir}"</#if>>
<head>
<meta charset="UTF-8"/>
<title>${cover.title}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body class="cover">
<img epub:type="cover" role="doc-cover" src="${cover.href}" alt="${cover.alt}" width="${cover.width}" height="${cover.height}"/>
</body>
</html>
