// Package diag is sitrep's one diagnostic type.
//
// Every error a user can fix (a broken frontmatter, an unknown site.yaml key, a template
// error, a wrong conversion in a briefing) is a Diagnostic: the file, the 1-based line and
// column, the length of the offending text, the message, the source line and, where one is
// known, a suggestion. The terminal (Format) and the browser overlay of the dev server
// (HTML) show the same fields. A stage reports all its problems at once as a List.
package diag

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"sort"
	"strings"
)

// Severity tells errors, which fail a build, from warnings, which do not.
type Severity int

// Severities.
const (
	Error Severity = iota
	Warning
)

func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// Diagnostic is one problem at one place in one file.
type Diagnostic struct {
	Severity   Severity
	File       string // path as the user knows it (relative to the site folder)
	Line, Col  int    // 1-based; 0 when unknown
	Length     int    // bytes of the offending text from Col; 0 when unknown
	Message    string
	Source     string // the source line, without its newline; "" when unknown
	Suggestion string // "did you mean ...?"; "" when none
}

// Errorf makes an error diagnostic at file:line:col.
func Errorf(file string, line, col int, format string, args ...any) *Diagnostic {
	return &Diagnostic{File: file, Line: line, Col: col, Message: fmt.Sprintf(format, args...)}
}

// Warnf makes a warning diagnostic at file:line:col.
func Warnf(file string, line, col int, format string, args ...any) *Diagnostic {
	d := Errorf(file, line, col, format, args...)
	d.Severity = Warning
	return d
}

// WithSource fills Source with the line d points at, taken from the file's text.
func (d *Diagnostic) WithSource(text []byte) *Diagnostic {
	if d.Line > 0 {
		d.Source = LineOf(text, d.Line)
	}
	return d
}

// Position is "file:line:col", dropping parts that are unknown.
func (d *Diagnostic) Position() string {
	switch {
	case d.File == "":
		return ""
	case d.Line <= 0:
		return d.File
	case d.Col <= 0:
		return fmt.Sprintf("%s:%d", d.File, d.Line)
	}
	return fmt.Sprintf("%s:%d:%d", d.File, d.Line, d.Col)
}

// Error is the one-line form: "file:line:col: message".
func (d *Diagnostic) Error() string {
	var b strings.Builder
	if p := d.Position(); p != "" {
		b.WriteString(p)
		b.WriteString(": ")
	}
	if d.Severity == Warning {
		b.WriteString("warning: ")
	}
	b.WriteString(d.Message)
	if d.Suggestion != "" {
		b.WriteString(" (")
		b.WriteString(d.Suggestion)
		b.WriteString(")")
	}
	return b.String()
}

// Format is the terminal form: the one-line form, then the source line with a caret under
// the offending text.
func (d *Diagnostic) Format() string {
	var b strings.Builder
	b.WriteString(d.Error())
	b.WriteByte('\n')
	if d.Source != "" {
		src := strings.ReplaceAll(d.Source, "\t", " ")
		fmt.Fprintf(&b, "    %s\n", src)
		if d.Col > 0 && d.Col <= len(src)+1 {
			n := d.Length
			if n < 1 {
				n = 1
			}
			if d.Col-1+n > len(src) {
				n = max(1, len(src)-(d.Col-1))
			}
			fmt.Fprintf(&b, "    %s%s\n", strings.Repeat(" ", d.Col-1), strings.Repeat("^", n))
		}
	}
	return b.String()
}

// HTML is the browser form of Format, for the dev server's overlay.
func (d *Diagnostic) HTML() string {
	var b strings.Builder
	b.WriteString(`<div class="sitrep-diag"><p><strong>`)
	b.WriteString(html.EscapeString(d.Position()))
	b.WriteString(`</strong> `)
	b.WriteString(html.EscapeString(d.Severity.String() + ": " + d.Message))
	b.WriteString(`</p>`)
	if d.Source != "" {
		b.WriteString(`<pre>`)
		b.WriteString(html.EscapeString(d.Source))
		b.WriteString(`</pre>`)
	}
	if d.Suggestion != "" {
		b.WriteString(`<p>`)
		b.WriteString(html.EscapeString(d.Suggestion))
		b.WriteString(`</p>`)
	}
	b.WriteString(`</div>`)
	return b.String()
}

// List is every diagnostic of a run. As an error it prints one per line.
type List []*Diagnostic

// Error joins the one-line forms.
func (l List) Error() string {
	parts := make([]string, len(l))
	for i, d := range l {
		parts[i] = d.Error()
	}
	return strings.Join(parts, "\n")
}

// Errors is the part of l that fails a build.
func (l List) Errors() List {
	var out List
	for _, d := range l {
		if d.Severity == Error {
			out = append(out, d)
		}
	}
	return out
}

// Warnings is the part of l that does not fail a build.
func (l List) Warnings() List {
	var out List
	for _, d := range l {
		if d.Severity == Warning {
			out = append(out, d)
		}
	}
	return out
}

// Sort orders l by file, line and column, so reports are deterministic.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Col < b.Col
	})
}

// Err returns l as an error when it holds errors, else nil.
func (l List) Err() error {
	if len(l.Errors()) == 0 {
		return nil
	}
	return l
}

// From turns any error into a List: a Diagnostic or List as it is, anything else as a
// diagnostic without a position.
func From(err error) List {
	if err == nil {
		return nil
	}
	var l List
	if errors.As(err, &l) {
		return l
	}
	var d *Diagnostic
	if errors.As(err, &d) {
		return List{d}
	}
	return List{{Message: err.Error()}}
}

// LineOf returns line n (1-based) of text without its line ending.
func LineOf(text []byte, n int) string {
	for i := 1; i < n; i++ {
		j := bytes.IndexByte(text, '\n')
		if j < 0 {
			return ""
		}
		text = text[j+1:]
	}
	if j := bytes.IndexByte(text, '\n'); j >= 0 {
		text = text[:j]
	}
	return strings.TrimSuffix(string(text), "\r")
}

// Suggest returns "did you mean X?" for the candidate closest to word, or "" when none is
// close (edit distance at most a third of the word, and at least 1 allowed).
func Suggest(word string, candidates []string) string {
	best, bestD := "", 1<<30
	for _, c := range candidates {
		if d := EditDistance(strings.ToLower(word), strings.ToLower(c)); d < bestD {
			best, bestD = c, d
		}
	}
	if best == "" || bestD > max(1, len(word)/3) {
		return ""
	}
	return fmt.Sprintf("did you mean %q?", best)
}

// EditDistance is the number of insertions, deletions and substitutions of bytes that turn a
// into b.
func EditDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
