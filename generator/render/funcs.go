package render

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"html/template"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unsafe"

	"github.com/sitrep-archive/sitrep/generator/config"
	"github.com/sitrep-archive/sitrep/generator/site"
)

// Funcs is the function map of every layout:
//
//	relURL "css/site.css"   → "/archive/css/site.css": a path below the site root, with the base path
//	absURL "feed.xml"       → "https://user.github.io/archive/feed.xml"
//	date "2 January 2006" t → t formatted with a Go layout
//	isoDate t               → "2017-10-17T00:00:00Z" (RFC 3339), for <time datetime> and feeds
//	number 1083             → "1,083"
//	plural n "briefing"     → "1 briefing", "2 briefings"
//	slugify "Dayr Az Zawr"  → "dayr-az-zawr"
//	join ", " list          → list joined by the separator
//	jsonLD value            → value as JSON inside <script type="application/ld+json">
//	add a b, sub a b        → integer arithmetic
//	addf a b, subf a b      → float arithmetic (SVG coordinates)
//	limit n list            → the first n items of a list (all of it when shorter)
//	xml s                   → s escaped for XML text and attributes (for the .xml layouts)
//	value 83.5              → "83.50"; value 1083 → "1,083": a figure's value
//	mapOf places cc n       → the geometry of an SVG map of up to n places ([]site.TermCount),
//	                          those in countries cc when cc is not empty (see Map)
//	chart series            → the geometry of an SVG line chart of a site.Series (see Chart)
//	briefingLD .Briefing .Site.Title .Site.BaseURL, termLD .Term, breadcrumbLD .Page
//	                        → schema.org values (NewsArticle, CollectionPage, BreadcrumbList)
//	                          for jsonLD
//	searchIndex .Site       → the search index as JSON (see searchIndex)
//
// Load adds eight that depend on the layouts: briefingItem (a briefing's
// partials/briefing-item.html, rendered once), briefingItems (those of a list of
// briefings, one after another), figureTable and placeList (a briefing's figures table and
// places list, written from Go; see fragments.go), chartDots (the dots of a chart),
// breadcrumbs (a page's breadcrumbs), briefingTerms (a briefing's theatres and operations)
// and prevNext (a briefing's links to the older and newer briefings of its operation), also
// written from Go.
func Funcs(basePath, baseURL string) template.FuncMap {
	rel := func(p string) string {
		if strings.HasPrefix(p, basePath) && basePath != "/" {
			return p
		}
		return basePath + strings.TrimPrefix(p, "/")
	}
	abs := func(p string) string {
		r := rel(p)
		if strings.HasPrefix(baseURL, "/") {
			return r
		}
		return strings.TrimSuffix(baseURL, "/") + r[len(basePath)-1:]
	}
	return template.FuncMap{
		"relURL":  rel,
		"absURL":  abs,
		"date":    func(layout string, t time.Time) string { return t.Format(layout) },
		"isoDate": func(t time.Time) string { return t.Format(time.RFC3339) },
		"number":  formatNumber,
		"plural": func(n int, word string) string {
			if n == 1 {
				return "1 " + word
			}
			return formatNumber(n) + " " + word + "s"
		},
		"slugify": config.Slugify,
		"join":    func(sep string, list []string) string { return strings.Join(list, sep) },
		"jsonLD": func(v any) (template.JS, error) {
			if b, ok := encodeLD(v); ok {
				return template.JS(unsafe.String(unsafe.SliceData(b), len(b))), nil // b is not used again
			}
			b, err := json.Marshal(v)
			if err != nil {
				return "", fmt.Errorf("jsonLD: %w", err)
			}
			return template.JS(b), nil
		},
		"add":          func(a, b int) int { return a + b },
		"limit":        limit,
		"addf":         func(a, b float64) float64 { return a + b },
		"subf":         func(a, b float64) float64 { return a - b },
		"xml":          xmlEscape,
		"value":        formatValue,
		"mapOf":        mapOf,
		"chart":        chartOf,
		"briefingLD":   briefingLD,
		"termLD":       termLD,
		"breadcrumbLD": func(p *site.Page) any { return breadcrumbLD(abs, p) },
		"searchIndex":  searchIndex,
		"annotations":  annotationsJSON,
		"sub":          func(a, b int) int { return a - b },
	}
}

// limit returns the first n items of a slice.
func limit(n int, list any) (any, error) {
	v := reflect.ValueOf(list)
	if v.Kind() != reflect.Slice {
		return nil, fmt.Errorf("limit: %T is not a list", list)
	}
	return v.Slice(0, min(max(n, 0), v.Len())).Interface(), nil
}

// xmlEscape escapes a value's text for XML.
func xmlEscape(v any) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(fmt.Sprint(v)))
	return b.String()
}

// formatNumber writes an integer with thousands separators, in one allocation (none for
// the numbers strconv keeps ready).
func formatNumber(n int) string {
	if -1000 < n && n < 1000 {
		return strconv.Itoa(n)
	}
	var digits [24]byte
	d := strconv.AppendInt(digits[:0], int64(n), 10)
	out := make([]byte, 0, len(d)+len(d)/3)
	if d[0] == '-' {
		out, d = append(out, '-'), d[1:]
	}
	for i, c := range d {
		if i > 0 && (len(d)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, c)
	}
	return string(out)
}
