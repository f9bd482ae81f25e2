package render

import (
	"encoding/json"
	"fmt"
	"html/template"
	"strconv"
	"strings"
	"time"

	"github.com/sitrep-archive/sitrep/generator/config"
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
func Funcs(basePath, baseURL string) template.FuncMap {
	rel := func(p string) string {
		if strings.HasPrefix(p, basePath) && basePath != "/" {
			return p
		}
		return basePath + strings.TrimPrefix(p, "/")
	}
	return template.FuncMap{
		"relURL": rel,
		"absURL": func(p string) string {
			r := rel(p)
			if strings.HasPrefix(baseURL, "/") {
				return r
			}
			return strings.TrimSuffix(baseURL, "/") + r[len(basePath)-1:]
		},
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
			b, err := json.Marshal(v)
			if err != nil {
				return "", fmt.Errorf("jsonLD: %w", err)
			}
			return template.JS(b), nil
		},
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
	}
}

// formatNumber writes an integer with thousands separators.
func formatNumber(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
