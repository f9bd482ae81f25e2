package render

import (
	"html/template"
	"io"
	"regexp"
	"strconv"
	"text/template/parse"
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

// Once html/template has escaped a layout, an action such as {{relURL "css/site.css"}} in an
// href has become {{relURL "css/site.css" | _html_template_urlfilter |
// _html_template_urlnormalizer | _html_template_attrescaper}}: four calls by reflection on
// every page for text that is the same on every page. foldEscapedConstants replaces such an
// action by its text where that is certain: its first command is relURL or absURL of a
// string literal, the URL is made of inert characters (inertURL), and every command after it
// is one of the escapers below, each of which leaves such a URL as it is. Since the layout's
// text is not changed, errors keep their lines and columns; an action in any other context
// (a script, a URL's query, a CSS value...) has other escapers and is kept.
var inertEscapers = map[string]bool{
	"_html_template_urlfilter":     true, // a URL without a scheme passes
	"_html_template_urlnormalizer": true, // letters, digits, / . _ ~ - are kept
	"_html_template_attrescaper":   true, // escapes NUL " & ' + < > and HTML space
	"_html_template_htmlescaper":   true, // escapes NUL " & ' + < >
	"_html_template_rcdataescaper": true, // the same, in <title> and <textarea>
}

// escapeLayouts makes html/template escape the templates reachable from the named template of
// set (it escapes on first execution), by executing it with no data: the execution stops at
// the first action that reads the data, and its error is not reported (a real execution
// reports it, or the escaping error, again).
func escapeLayouts(set *template.Template, name string) {
	_ = set.ExecuteTemplate(io.Discard, name, nil)
}

// escapeUnexecuted makes html/template escape the named template of set, in HTML text, the
// context it starts in when executed by its name, without executing it (a partial may call
// functions with any data, itself included): it adds to set a template that calls it in a
// branch never taken, and executes that. html/template escapes every template a template
// may call, and notes each as escaped in its context, so that executing the named template
// later does not escape it again. An error is html/template's escaping error.
func escapeUnexecuted(set *template.Template, name string) error {
	w, err := set.New("_sitrep_escape " + name).Parse(`{{if false}}{{template ` + strconv.Quote(name) + ` .}}{{end}}`)
	if err != nil {
		return err
	}
	return w.Execute(io.Discard, nil)
}

// foldEscapedConstants folds the actions described above in every escaped template of set.
// urls are the functions that may be folded, by name (relURL, absURL). It returns the number
// of actions folded.
func foldEscapedConstants(set *template.Template, urls map[string]func(string) string) int {
	n := 0
	for _, tmpl := range set.Templates() {
		if tmpl.Tree != nil && tmpl.Tree.Root != nil {
			n += foldList(tmpl.Tree.Root, urls)
		}
	}
	return n
}

// foldList folds the actions of a list and of the lists within it.
func foldList(list *parse.ListNode, urls map[string]func(string) string) int {
	n := 0
	eachList(list, func(l *parse.ListNode) {
		for i, node := range l.Nodes {
			if a, ok := node.(*parse.ActionNode); ok {
				if text, ok := constantAction(a, urls); ok {
					l.Nodes[i] = &parse.TextNode{NodeType: parse.NodeText, Pos: a.Pos, Text: []byte(text)}
					n++
				}
			}
		}
	})
	return n
}

// eachList calls f with list and with every list within it (the branches of if, with and
// range), depth first.
func eachList(list *parse.ListNode, f func(*parse.ListNode)) {
	if list == nil {
		return
	}
	f(list)
	for _, node := range list.Nodes {
		switch node := node.(type) {
		case *parse.IfNode:
			eachList(node.List, f)
			eachList(node.ElseList, f)
		case *parse.WithNode:
			eachList(node.List, f)
			eachList(node.ElseList, f)
		case *parse.RangeNode:
			eachList(node.List, f)
			eachList(node.ElseList, f)
		case *parse.ListNode:
			eachList(node, f)
		}
	}
}

// constantAction returns the text an escaped action always writes, when it is one described
// above.
func constantAction(a *parse.ActionNode, urls map[string]func(string) string) (string, bool) {
	p := a.Pipe
	if p == nil || len(p.Decl) > 0 || p.IsAssign || len(p.Cmds) < 2 {
		return "", false
	}
	first := p.Cmds[0].Args
	if len(first) != 2 {
		return "", false
	}
	fn, ok := first[0].(*parse.IdentifierNode)
	if !ok || urls[fn.Ident] == nil {
		return "", false
	}
	lit, ok := first[1].(*parse.StringNode)
	if !ok {
		return "", false
	}
	for _, c := range p.Cmds[1:] {
		if len(c.Args) != 1 {
			return "", false
		}
		esc, ok := c.Args[0].(*parse.IdentifierNode)
		if !ok || !inertEscapers[esc.Ident] {
			return "", false
		}
	}
	u := urls[fn.Ident](lit.Text)
	if !inertURL.MatchString(u) {
		return "", false
	}
	return u, true
}
