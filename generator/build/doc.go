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
//
// A Session (incremental.go) keeps a site in memory for the dev server and rebuilds only
// what edits affect: briefings are converted again only when their bytes change, pages
// rendered again only when their signature (signature.go) changes. Options.Cache makes
// Build keep the same state on disk, in a build cache beside the destination (persist.go:
// stamps and pages' signatures in a state file; hashes, frontmatter, annotations and packed
// figures in docs files; both of a compact codec (shardcodec.go), read whole, their strings
// sharing the file's bytes; rendered bodies in an append-only file that is mapped into memory,
// whose pages are read only for the pages rendered again: lists, timelines and signatures
// read every briefing's figures, which come with the docs files); with Options.Incremental the
// next Build restores it, reads only the briefings whose stamp changed, renders only the
// pages whose signature changed and updates the destination in place with an
// output.Patch (disk.go). Every hash kept between runs is the seedless hash64
// (stablehash.go). Whatever the cache holds, a build writes exactly the bytes a clean build
// of the same files writes; a cache that does not match falls back to a full build. The cache
// is written while the pages render, to temporary files that are renamed into place only
// after the new destination is in place (stagedCache), so a failed build leaves the old
// cache valid. Beside it, a build notes where each briefing's part of annotations.json is
// (annotations.go), so the next build copies the parts of the briefings it did not convert
// from the file instead of encoding them again.
//
// The place matcher is read from a snapshot when one was made by the same program for the
// same place options (matchers.go), in Options.MatcherDir (a folder every build shares) or
// the build cache folder, and built from the gazetteer otherwise, its snapshot then written
// on another goroutine while the briefings are converted.
//
// Memory of a command-line build (Builder.Once): each rendered body is written to a spill
// file as soon as it is converted and read back when its page is rendered (spill.go), so the
// bodies wait in the page cache, not the heap; the file then becomes the build cache's
// bodies file. The gazetteer and its matcher are let go once every briefing is converted.
// What stays in memory until the pages are written is every briefing's frontmatter, figures
// and places (a place's mentions share one place.Place), the model, and the link checker's
// links. annotations.json, tens of megabytes, is streamed into the output tree as it is
// encoded (render.Templates.Streamer, output.Tree.AddStream) when the sink can take a stream;
// an incremental build streams it too (output.Patch.AddStream), copying the parts it reuses
// from the mapped old file, so the file is never whole in the heap. A text edit in the dev server takes
// a shorter way still (revise.go).
package build
