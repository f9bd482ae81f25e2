package render

import (
	"bytes"
	"fmt"
	"html/template"
	"math"
	"reflect"
	"strconv"
	"strings"
	"text/template/parse"
)

// Once html/template has escaped a layout, each action ends in one to three of its
// escapers: {{.Title}} in HTML text has become {{.Title | _html_template_htmlescaper}}, and
// href="{{.URL}}" {{.URL | _html_template_urlfilter | _html_template_urlnormalizer |
// _html_template_attrescaper}}. text/template calls each of them by reflection, with its
// argument boxed into a variadic slice, and a page executes a few hundred of them.
//
// fuseEscapers replaces such a run of escapers, for the runs sitrep's layouts have, by one
// function of one argument (a fusedEscaper) that writes the same text: for the values pages
// print (strings, numbers, the typed HTML and JS sitrep's functions return) it computes the
// result in Go, and for any other value it runs html/template's own escapers, in the same
// order, through a small template whose one action ends in them (slower, but the same by
// construction). Runs of other escapers are left as they are. The layout's text is not
// changed, so errors keep their lines and columns.

// fusedEscaper is one run of html/template's escapers, as one function.
type fusedEscaper struct {
	name  string   // the function's name in the layout set
	chain []string // the escapers it replaces, in the order they run
	// fast returns the text the chain writes for v, when it can tell without the chain.
	fast func(v any) (string, bool)
	// slow runs the chain itself: a template {{. | chain...}}, escaped.
	slow *template.Template
}

// escape returns what the chain of escapers returns for v.
func (f *fusedEscaper) escape(v any) (string, error) {
	if s, ok := f.fast(v); ok {
		return s, nil
	}
	var b bytes.Buffer
	if err := f.slow.Execute(&b, v); err != nil {
		return "", fmt.Errorf("render: escaping %T with %v: %w", v, f.chain, err)
	}
	return b.String(), nil
}

// newFusedEscapers returns the fused escapers, one per run of escapers they replace.
func newFusedEscapers() (map[string]*fusedEscaper, error) {
	list := []*fusedEscaper{
		{name: "_sitrep_htmlescaper", chain: []string{"htmlescaper"}, fast: func(v any) (string, bool) { return escapeTextFast(v, true) }},
		{name: "_sitrep_attrescaper", chain: []string{"attrescaper"}, fast: func(v any) (string, bool) { return escapeTextFast(v, false) }},
		{name: "_sitrep_rcdataescaper", chain: []string{"rcdataescaper"}, fast: func(v any) (string, bool) { return escapeTextFast(v, false) }},
		{name: "_sitrep_jsvalescaper", chain: []string{"jsvalescaper"}, fast: escapeJSFast},
		{name: "_sitrep_urlescaper", chain: []string{"urlfilter", "urlnormalizer", "attrescaper"}, fast: escapeURLFast},
	}
	out := map[string]*fusedEscaper{}
	for _, f := range list {
		slow, err := chainTemplate(f.chain)
		if err != nil {
			return nil, err
		}
		f.slow = slow
		out[strings.Join(f.chain, "|")] = f
	}
	return out, nil
}

// chainTemplate returns a template whose one action is {{. | _html_template_E...}} for the
// escapers E of chain: html/template escapes {{.}} (which defines every escaper in the
// template's set), and the escapers of its action are then replaced by those of chain.
func chainTemplate(chain []string) (*template.Template, error) {
	t, err := template.New("escape").Parse("{{.}}")
	if err != nil {
		return nil, err
	}
	escapeLayouts(t, "escape")
	a, ok := t.Tree.Root.Nodes[0].(*parse.ActionNode)
	if !ok || len(a.Pipe.Cmds) < 1 {
		return nil, fmt.Errorf("render: unexpected escaped tree %s", t.Tree.Root)
	}
	cmds := a.Pipe.Cmds[:1] // the dot
	for _, name := range chain {
		cmds = append(cmds, identCommand(a.Pos, "_html_template_"+name))
	}
	a.Pipe.Cmds = cmds
	var probe strings.Builder // every escaper is defined: execution does not fail
	if err := t.Execute(&probe, "x"); err != nil {
		return nil, fmt.Errorf("render: escaper template %v: %w", chain, err)
	}
	return t, nil
}

// identCommand is a pipeline's command that calls the function name with the value before.
func identCommand(pos parse.Pos, name string) *parse.CommandNode {
	id := parse.NewIdentifier(name).SetPos(pos)
	return &parse.CommandNode{NodeType: parse.NodeCommand, Pos: pos, Args: []parse.Node{id}}
}

// fuseEscapers replaces, in every template of set, each action's run of escapers that a
// fused escaper stands for by that escaper (see above), and defines the fused escapers in
// set. It returns the number of actions changed.
func fuseEscapers(set *template.Template, fused map[string]*fusedEscaper) int {
	n := 0
	used := template.FuncMap{}
	for _, tmpl := range set.Templates() {
		if tmpl.Tree == nil {
			continue
		}
		eachList(tmpl.Tree.Root, func(list *parse.ListNode) {
			for _, node := range list.Nodes {
				a, ok := node.(*parse.ActionNode)
				if !ok || a.Pipe == nil {
					continue
				}
				cmds := a.Pipe.Cmds
				start := len(cmds)
				var chain []string
				for start > 1 {
					name, ok := escaperName(cmds[start-1])
					if !ok {
						break
					}
					chain = append([]string{name}, chain...)
					start--
				}
				f := fused[strings.Join(chain, "|")]
				if len(chain) == 0 || f == nil {
					continue
				}
				a.Pipe.Cmds = append(cmds[:start:start], identCommand(cmds[start].Pos, f.name))
				used[f.name] = f.escape
				n++
			}
		})
	}
	if len(used) > 0 {
		set.Funcs(used)
	}
	return n
}

// escaperName returns the name of the html/template escaper a command calls ("htmlescaper"
// for _html_template_htmlescaper), if it is one.
func escaperName(c *parse.CommandNode) (string, bool) {
	if len(c.Args) != 1 {
		return "", false
	}
	id, ok := c.Args[0].(*parse.IdentifierNode)
	if !ok {
		return "", false
	}
	return strings.CutPrefix(id.Ident, "_html_template_")
}

// escapeTextFast is html/template's htmlescaper (html true), attrescaper or rcdataescaper
// (html false) for a string (of any string type without methods outside html/template), an
// int, a finite float64 or, for htmlescaper, typed HTML: each
// escapes NUL " & ' + < > in a string (as fragmentWriter.text), prints a number as fmt does
// (an int's digits and minus sign need no escaping; a float's shortest 'g' form may have a +
// in its exponent), and htmlescaper writes HTML as it is.
func escapeTextFast(v any, html bool) (string, bool) {
	switch v := v.(type) {
	case string:
		return escapeText(v), true
	case int:
		return strconv.Itoa(v), true
	case float64:
		if math.IsInf(v, 0) || math.IsNaN(v) {
			return "", false
		}
		return escapeText(strconv.FormatFloat(v, 'g', -1, 64)), true
	case template.HTML:
		if html {
			return string(v), true
		}
	default:
		// A string type of another package without methods (figure.Kind): fmt prints it
		// as its string. html/template's own string types (HTML, URL...) are left to the
		// escapers, which treat some of them apart.
		if t := reflect.TypeOf(v); t != nil && t.Kind() == reflect.String && t.NumMethod() == 0 && t.PkgPath() != "html/template" {
			return escapeText(reflect.ValueOf(v).String()), true
		}
	}
	return "", false
}

// escapeText returns s with NUL " & ' + < > escaped as html/template escapes them in HTML
// text and quoted attributes; s itself when it has none of them.
func escapeText(s string) string {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 0, '"', '&', '\'', '+', '<', '>':
			var w fragmentWriter
			w.Grow(len(s) + 16)
			w.text(s)
			return w.String()
		}
	}
	return s
}

// escapeJSFast is html/template's jsvalescaper for typed JS (what jsonLD returns), which it
// writes as it is.
func escapeJSFast(v any) (string, bool) {
	if js, ok := v.(template.JS); ok {
		return string(js), true
	}
	return "", false
}

// escapeURLFast is html/template's urlfilter, urlnormalizer and attrescaper, one after
// another (a quoted href or src), for a string made of letters, digits and -._~/ after an
// optional http:// or https://: the filter passes a URL without a scheme or with either,
// and neither the normaliser nor the attribute escaper changes those characters.
func escapeURLFast(v any) (string, bool) {
	s, ok := v.(string)
	if !ok {
		return "", false
	}
	rest := s
	if r, ok := strings.CutPrefix(s, "https://"); ok {
		rest = r
	} else if r, ok := strings.CutPrefix(s, "http://"); ok {
		rest = r
	}
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' || c == '/' {
			continue
		}
		return "", false
	}
	return s, true
}
