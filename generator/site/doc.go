// Package site is the model of a built site: the briefings, the terms that group them
// (theatres, operations), the pages to write and their URLs.
//
// New takes the configuration, the loaded briefings and, for each, its rendered HTML and
// annotations, and returns a Site whose Pages list every page to render, each with its kind
// (which layout renders it), its output path and its URL. Every URL in the model already
// carries the base path of the site ("/archive/briefings/…" for a site published at
// https://user.github.io/archive/), so layouts never build URLs by hand.
//
// Theatres and operations are taxonomies: a name in a briefing's frontmatter that
// site.yaml does not list is still a term. site.yaml adds slugs, descriptions, aliases and
// countries; a briefing naming an alias ("OIR") is filed under the term ("Inherent
// Resolve"). A briefing without a theatre gets the theatres whose countries hold the places
// it names, marked as inferred; likewise operations named in the text as "Operation X".
//
// Everything in the model is sorted: briefings newest first, terms by name.
package site
