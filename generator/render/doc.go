// Package render executes the layouts of a site (html/template files in layouts/) over the
// model of package site.
//
// Layout files:
//
//	layouts/base.html         the page frame; defines the blocks "title", "head" and "main"
//	layouts/partials/*.html   templates shared by every page kind ({{template "header.html" .}})
//	layouts/<kind>.html       one per page kind: home, list, briefing, terms, term, 404
//	layouts/<kind>.xml etc.   feeds and other non-HTML outputs, where a later stage adds them
//
// For each kind, the base, the partials and the kind's file are parsed together, so a kind's
// file redefines the blocks of the base. Each page is executed with a *Data value (.Site,
// .Page, and shortcuts); Funcs documents the function map. A parse or execution error is a
// diagnostic with the layout's file, line and column.
//
// Load has html/template escape each kind's layouts at once and replaces the escaped actions
// that write the same text on every page, such as href="{{relURL "css/site.css"}}", by that
// text (fold.go), and each remaining action's run of html/template escapers (one to three
// functions called by reflection, such as the urlfilter, urlnormalizer and attrescaper of an
// href) by one function of one argument that writes the same text (fuse.go); the layouts'
// text is not changed, so errors keep their positions.
package render
