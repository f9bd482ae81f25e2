// Package check is sitrep's link checker. It reads a built site, as files, and reports:
//
//   - an internal href or src that does not resolve to a file of the site under the base
//     path ("/archive/briefings/…/" must be a folder with an index.html, or a file);
//   - a #fragment that names no id (or name) on the page it points to;
//   - an HTML page that cannot be reached by following links from the home page (404.html
//     and the pages listed in Options.Unlinked excepted).
//
// Internal means: a root-relative URL, a relative URL, or an absolute URL on the site's own
// host under its base path; other hosts, and other paths of the same host (another project
// site of the same GitHub user), are not fetched. A root-relative URL outside the base path
// is an error: it is the mark of a link written without the base path. The checker knows nothing of how the site was made: it
// reports the page, the link and why, and the caller maps pages back to source files.
package check
