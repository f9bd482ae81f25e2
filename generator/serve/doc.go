// Package serve is sitrep's dev server: build, watch, serve from memory, reload the browser.
//
// Run builds the site once into memory (a build.Session; public/ is never touched), then
// serves it below the base path of its baseURL ("/archive/" for
// https://user.github.io/archive/), as GitHub Pages will, so a link that forgets the base
// path breaks while editing too. Only files of the built site are served: a path with "."
// or ".." segments (encoded or not) is refused, a folder is served by its index.html and
// never listed, and anything else gets the site's 404 page with status 404.
//
// The watcher (fsnotify) follows site.yaml, content/, layouts/ and static/, recursively,
// adding folders created later. Events are gathered into bursts (a burst ends after a short
// quiet time) so an editor's atomic save (write a temporary file, rename it over the old
// one) or a checkout of many files causes one rebuild. When the system's limit of inotify
// watches is reached, the server says which sysctl raises it and polls instead.
//
// Each burst is handed to the session with the paths that changed; the session re-renders
// only what they affect. Pages built in serve mode carry a small script (live.js, embedded
// here, added by layouts/base.html when render.Data.LiveReload is set) that listens to a
// Server-Sent Events stream at _sitrep/events:
//
//	hello   on connecting: the site's version and its current errors; a page that sees
//	        another version than before (the server restarted) reloads
//	reload  the site changed
//	css     only stylesheets changed: they are fetched again without a reload
//	errors  the site does not build (or builds again): an overlay shows every error with
//	        file:line and the message, from diag.Diagnostic.HTML; the terminal shows the
//	        same diagnostics with Format; the last good site stays served
//
// Run returns when its context is done, after stopping the watcher, the event streams and
// the HTTP server: no goroutine outlives it.
package serve
