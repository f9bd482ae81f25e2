// Package build runs the stages of sitrep in order: the only package that knows the order.
//
//	config   site.yaml                     → config.Site
//	content  content/**/*.md               → []content.Briefing
//	markdown + annotate (per briefing, in parallel) → HTML, figures, places
//	site     the model: terms, pages, URLs
//	render   layouts/ × pages (in parallel) → HTML bytes
//	output   minify, write a new tree, swap it in place of public/
//
// A Builder keeps what is costly to make and does not change between builds of the same
// site (the gazetteer's matcher, the minifier), so the dev server rebuilds quickly. Every
// problem of a run (site.yaml, frontmatter, layouts) is collected and returned at once as a
// diag.List; on any error the output tree is abandoned and the destination is left exactly
// as it was.
package build
