// Package annotate is the annotation stage: a goldmark extension that finds the figures and
// places in a briefing and marks them up inline.
//
// Like goldmark's own extensions, it bundles a parser side and a renderer side. The parser
// side is an AST transformer over text: it gathers the text of each block (paragraph,
// heading, table cell) into one run, descending into emphasis but never into code, links,
// autolinks, images or raw HTML, with soft line breaks read as spaces, so a name broken over
// two lines is still found. It runs the figure extractor (package figure) on each run and the
// place matcher (package place) on the whole document at once, so every repeat of a name
// resolves to the same place. A bare number that fills a table cell takes the counted noun of
// its column's header or its row's label (table.go), as the table names what it counts. A
// figure in a currency that several countries share ("kroner", "rupees") takes the code of
// the document's country, by its theatre or the places it names (currency.go). Each
// found span becomes a node of its own kind (ast.go),
// wrapping the nodes it covers: text nodes, split at its ends, and any emphasis it covers whole
// ("*Kirkuk* province" → <a …><em>Kirkuk</em> province</a>); a span that begins or ends inside
// an emphasis it does not cover whole ("*the Kirkuk* province") is kept in the results but not
// marked up.
//
// The renderer side writes
//
//	<data class="fig fig-KIND" value="NORMALISED" title="…">original text</data>
//	<a class="place" href="BASE/places/SLUG/" data-country="CC" data-lat=".." data-lon=".." title="…">original text</a>
//
// and adds the class fig-mismatch (with the check's message in the title) to a restated
// figure whose conversion does not agree with the figure it restates.
//
// The extension keeps one copy of each place its briefings name, with the opening tag its
// mentions are written with (extension.go), and reuses the transformer's working memory from
// one document to the next (memory.go): the scratch of a Transform as soon as it returns, and
// the nodes it added to the AST once the document is rendered, which markdown.Renderer tells
// it through Release.
//
// A document's context (the countries of its theatres, where its body starts in the file)
// goes in, and its Result (figures, places, "Operation X" names, warnings with lines) comes
// out, through the goldmark parser.Context: see WithDocument and ResultOf. The package
// knows nothing of sites, pages or URLs beyond the place URL function it is given.
package annotate
