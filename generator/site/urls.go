package site

import (
	"net/url"
	"path"
	"strings"
)

// urls builds site-relative and absolute URLs from output paths.
type urls struct {
	base     string // absolute base URL with trailing slash, or the base path when none is known
	basePath string // "/archive/"
}

func newURLs(baseURL string) urls {
	u, err := url.Parse(baseURL)
	bp := "/"
	if err == nil && u.Path != "" {
		bp = u.Path
		if !strings.HasSuffix(bp, "/") {
			bp += "/"
		}
	}
	return urls{base: baseURL, basePath: bp}
}

// rel makes "/archive/x/" of "x/"; p has no leading slash.
func (u urls) rel(p string) string { return u.basePath + strings.TrimPrefix(p, "/") }

// abs makes the absolute URL of "x/".
func (u urls) abs(p string) string {
	if strings.HasPrefix(u.base, "/") {
		return u.rel(p)
	}
	return strings.TrimSuffix(u.base, "/") + u.rel(p)[len(u.basePath)-1:]
}

// outPath is the file written for a page URL path ("x/" → "x/index.html").
func outPath(p string) string {
	if p == "" || strings.HasSuffix(p, "/") {
		return path.Join(p, "index.html")
	}
	return p
}
