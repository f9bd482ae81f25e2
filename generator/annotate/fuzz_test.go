package annotate_test

import (
	"regexp"
	"strings"
	"testing"
)

// tagRe finds the tags a rendered briefing body may hold around annotations.
var tagRe = regexp.MustCompile(`</?(a|data|em|strong|del|code)\b[^>]*>`)

// FuzzAnnotate renders markdown with emphasis, links and code around figures and places: no
// panic, and every element the annotators add or wrap opens and closes in order.
func FuzzAnnotate(f *testing.F) {
	for _, s := range []string{
		"Fighting near **Dayr** Az Zawr and in _Hawija_ Pocket and *Kirkuk* province.",
		"Forces cleared **1,083** square kilometers [about *418* square miles] and *seven* strikes hit Raqqa.",
		"Fighting in *the Kirkuk* province and near [Dayr](https://example.org/) Az Zawr, `Raqqa 5 km`.",
		"**Tal Afar** and *Raqqa*, then Dayr\nAz Zawr; ~~Mosul 7 strikes~~ and ***Hit*** province.",
		"| Place | Strikes |\n| --- | --- |\n| *Raqqa* | **12** |\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 2000 {
			return
		}
		out, _ := render(t, src, "IQ", "SY")
		var stack []string
		for _, m := range tagRe.FindAllStringSubmatch(out, -1) {
			name := m[1]
			if !strings.HasPrefix(m[0], "</") {
				stack = append(stack, name)
				continue
			}
			if len(stack) == 0 || stack[len(stack)-1] != name {
				t.Fatalf("%q closes out of order (open %v) in:\n%s\nfrom %q", m[0], stack, out, src)
			}
			stack = stack[:len(stack)-1]
		}
		if len(stack) != 0 {
			t.Fatalf("unclosed %v in:\n%s\nfrom %q", stack, out, src)
		}
	})
}
