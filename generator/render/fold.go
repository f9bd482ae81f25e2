package render

import (
	"regexp"
)

// A layout's {{relURL "css/site.css"}} gives the same text on every page. Where such an
// action is the whole value of a quoted href, src or action attribute and its URL is made of
// characters that no context escapes (letters, digits and / . _ ~ -), the filtered layout
// set (WithSourceFilter) gets the URL itself instead of the action: a page has a dozen of
// them (the site's navigation, its style sheet and feed), each otherwise a function call and
// two escapers run by reflection. The unfiltered set, which reports template errors, keeps
// the actions.
var (
	constantURLAttr = regexp.MustCompile(`((?:href|src|action)=)"\{\{\s*relURL\s+"([^"\\{}]*)"\s*\}\}"`)
	inertURL        = regexp.MustCompile(`^[A-Za-z0-9/._~-]*$`)
)

// foldConstantURLs replaces the relURL actions of src described above by their URLs.
func foldConstantURLs(src []byte, relURL func(string) string) []byte {
	return constantURLAttr.ReplaceAllFunc(src, func(m []byte) []byte {
		sub := constantURLAttr.FindSubmatch(m)
		u := relURL(string(sub[2]))
		if !inertURL.MatchString(u) {
			return m
		}
		out := append([]byte{}, sub[1]...)
		out = append(out, '"')
		out = append(out, u...)
		return append(out, '"')
	})
}
