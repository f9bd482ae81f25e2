package render

import (
	"bytes"
	"html/template"
	"strconv"
	"strings"
	"unsafe"

	"github.com/sitrep-archive/sitrep/generator/site"
)

// Fragments: the parts of a page that repeat one small piece of markup for every figure or
// place of a briefing are written by Go code instead of a {{range}} in a layout.
//
// html/template calls each action's escaper through reflection, and a briefing's figures
// table holds five actions per row: at 30 to 40 figures a briefing, that table alone was
// about a fifth of an archive's rendering time; a chart's dots (chartDots), up to 200 links
// of four actions each, a page's breadcrumbs (breadcrumbs), on every page, and a briefing's
// theatres and operations (briefingTerms) and links to its neighbours (prevNext) are written
// the same way. figureTable, placeList, chartDots, breadcrumbs, briefingTerms and prevNext
// write the same bytes as the markup they replace (in their doc comments), escaped as
// html/template escapes it, and minified the way the minified layouts are when the site is
// minified; a test in package build renders both ways and compares every page. A layout that
// wants other markup loops over .FigureRows, .PlaceRows, a chart's .Dots, .Page.Breadcrumbs or
// a briefing's .Theatres and .Operations, or reads its .Prev and .Next, itself.

// figureTable writes the "Figures" table of a briefing ("" for a briefing without figures):
//
//	<section class="figures"><h2>Figures</h2>
//	<table><thead><tr><th>As written</th><th>Kind</th><th>Value</th><th>Check</th></tr></thead><tbody>
//	{{range .FigureRows}}<tr{{if .Mismatch}} class="mismatch"{{end}}><td>{{.Text}}</td><td>{{.Kind}}</td><td>{{.Value}}</td><td>{{.Check}}</td></tr>
//	{{end}}</tbody></table></section>
func (t *Templates) figureTable(b *site.Briefing) template.HTML {
	if b == nil || b.FigureCount() == 0 {
		return ""
	}
	min := t.filtered
	var w fragmentWriter
	w.Grow(160 + 120*b.FigureCount())
	if min {
		w.WriteString(`<section class=figures><h2>Figures</h2><table><thead><tr><th>As written</th><th>Kind</th><th>Value</th><th>Check</th></tr></thead><tbody>`)
	} else {
		w.WriteString("<section class=\"figures\"><h2>Figures</h2>\n<table><thead><tr><th>As written</th><th>Kind</th><th>Value</th><th>Check</th></tr></thead><tbody>\n")
	}
	var value []byte // each row's value, before it is escaped
	b.EachFigureRowView(func(r site.FigureRowView) {
		if r.Mismatch { // quoted when minified too: the minifier leaves a conditional attribute alone
			w.WriteString(`<tr class="mismatch">`)
		} else {
			w.WriteString("<tr>")
		}
		w.WriteString("<td>")
		w.text(r.Text)
		w.WriteString("</td><td>")
		w.text(r.Kind)
		w.WriteString("</td><td>")
		value = r.AppendValue(value[:0])
		w.textBytes(value)
		w.WriteString("</td><td>")
		w.WriteString(r.CheckMark) // "✓ ", "✗ " or "": nothing to escape
		w.text(r.CheckMessage)
		w.WriteString("</td></tr>")
		if !min {
			w.WriteByte('\n')
		}
	})
	w.WriteString("</tbody></table></section>")
	return template.HTML(w.String())
}

// placeList writes the "Places" list of a briefing ("" for a briefing without places):
//
//	<section class="places"><h2>Places</h2><ul>
//	{{range .PlaceRows}}<li>{{if .URL}}<a href="{{.URL}}">{{.Name}}</a>{{else}}{{.Name}}{{end}} <span class="country">{{.Country}}</span>{{if gt .Count 1}} <span class="count">×{{.Count}}</span>{{end}}</li>
//	{{end}}</ul></section>
func (t *Templates) placeList(b *site.Briefing) template.HTML {
	if b == nil || len(b.Places) == 0 {
		return ""
	}
	rows := b.PlaceRows()
	min := t.filtered
	var w fragmentWriter
	w.Grow(64 + 110*len(rows))
	if min {
		w.WriteString("<section class=places><h2>Places</h2><ul>")
	} else {
		w.WriteString("<section class=\"places\"><h2>Places</h2><ul>\n")
	}
	for _, r := range rows {
		w.WriteString("<li>")
		if r.URL != "" {
			w.WriteString(`<a href="`)
			w.url(r.URL)
			w.WriteString(`">`)
			w.text(r.Name)
			w.WriteString("</a>")
		} else {
			w.text(r.Name)
		}
		if min {
			w.WriteString(" <span class=country>")
		} else {
			w.WriteString(` <span class="country">`)
		}
		w.text(r.Country)
		w.WriteString("</span>")
		if r.Count > 1 {
			if min {
				w.WriteString(" <span class=count>×")
			} else {
				w.WriteString(` <span class="count">×`)
			}
			w.WriteString(strconv.Itoa(r.Count))
			w.WriteString("</span>")
		}
		w.WriteString("</li>")
		if !min {
			w.WriteByte('\n')
		}
	}
	w.WriteString("</ul></section>")
	return template.HTML(w.String())
}

// breadcrumbs writes a page's breadcrumbs ("" for a page without them):
//
//	{{with .}}<nav class="breadcrumbs" aria-label="Breadcrumbs"><ol>
//	{{range .}}<li><a href="{{.URL}}">{{.Title}}</a></li>{{end}}
//	</ol></nav>{{end}}
//
// Every page but the home page has them: the loop's four escapers and two fields a link
// (one to three links a page) become one call.
func (t *Templates) breadcrumbs(links []site.Link) template.HTML {
	if len(links) == 0 {
		return ""
	}
	var w fragmentWriter
	w.Grow(96 + 48*len(links))
	if t.filtered {
		w.WriteString("<nav class=breadcrumbs aria-label=Breadcrumbs><ol>")
	} else {
		w.WriteString("<nav class=\"breadcrumbs\" aria-label=\"Breadcrumbs\"><ol>\n")
	}
	for _, l := range links {
		w.WriteString(`<li><a href="`)
		w.url(l.URL)
		w.WriteString(`">`)
		w.text(l.Title)
		w.WriteString("</a></li>")
	}
	if t.filtered {
		w.WriteString("</ol></nav>")
	} else {
		w.WriteString("\n</ol></nav>")
	}
	return template.HTML(w.String())
}

// briefingTerms writes the links to a briefing's theatres and operations, the inside of its
// <p class="terms">:
//
//	{{range .Theatres}}<a class="theatre" href="{{.URL}}">{{.Name}}</a> {{end}}{{if .InferredTheatres}}<span class="inferred" title="inferred from the places named">(inferred)</span>{{end}}
//	{{range .Operations}}<a class="operation" href="{{.URL}}">Operation {{.Name}}</a> {{end}}{{with .InferredOperations}}<span class="inferred" title="named in the text, not in the frontmatter">(inferred: {{join ", " .}})</span>{{end}}
//
// Every briefing page has them: two fields and four escapers a term become one call.
func (t *Templates) briefingTerms(b *site.Briefing) template.HTML {
	if b == nil {
		return "\n"
	}
	min := t.filtered
	var w fragmentWriter
	size := 200
	for _, l := range [2][]*site.Term{b.Theatres, b.Operations} {
		for _, term := range l {
			size += 48 + len(term.URL) + len(term.Name)
		}
	}
	for _, o := range b.InferredOperations {
		size += 2 + len(o)
	}
	w.Grow(size)
	for _, th := range b.Theatres {
		t.link(&w, "class", "theatre", th.URL, "", th.Name, "")
		w.WriteByte(' ')
	}
	if b.InferredTheatres {
		if min {
			w.WriteString(`<span class=inferred title="inferred from the places named">(inferred)</span>`)
		} else {
			w.WriteString(`<span class="inferred" title="inferred from the places named">(inferred)</span>`)
		}
	}
	w.WriteByte('\n')
	for _, op := range b.Operations {
		t.link(&w, "class", "operation", op.URL, "Operation ", op.Name, "")
		w.WriteByte(' ')
	}
	if len(b.InferredOperations) > 0 {
		if min {
			w.WriteString(`<span class=inferred title="named in the text, not in the frontmatter">(inferred: `)
		} else {
			w.WriteString(`<span class="inferred" title="named in the text, not in the frontmatter">(inferred: `)
		}
		for i, o := range b.InferredOperations {
			if i > 0 {
				w.WriteString(", ")
			}
			w.text(o)
		}
		w.WriteString(")</span>")
	}
	return template.HTML(w.String())
}

// prevNext writes the links to the older and newer briefings of a briefing's operation (""
// when it has neither):
//
//	{{if or .Prev .Next}}<nav class="prevnext" aria-label="Same operation">
//	{{with .Prev}}<a rel="prev" href="{{.URL}}">← {{.Title}}</a>{{end}}
//	{{with .Next}}<a rel="next" href="{{.URL}}">{{.Title}} →</a>{{end}}
//	</nav>{{end}}
//
// Nearly every briefing page has them: two fields and four escapers a link become one call.
func (t *Templates) prevNext(b *site.Briefing) template.HTML {
	if b == nil || b.Prev == nil && b.Next == nil {
		return ""
	}
	var w fragmentWriter
	size := 96
	for _, o := range [2]*site.Briefing{b.Prev, b.Next} {
		if o != nil {
			size += 40 + len(o.URL) + len(o.Title)
		}
	}
	w.Grow(size)
	if t.filtered {
		w.WriteString(`<nav class=prevnext aria-label="Same operation">`)
	} else {
		w.WriteString("<nav class=\"prevnext\" aria-label=\"Same operation\">\n")
	}
	if p := b.Prev; p != nil {
		t.link(&w, "rel", "prev", p.URL, "← ", p.Title, "")
	}
	w.WriteByte('\n')
	if n := b.Next; n != nil {
		t.link(&w, "rel", "next", n.URL, "", n.Title, " →")
	}
	if t.filtered {
		w.WriteString("</nav>")
	} else {
		w.WriteString("\n</nav>")
	}
	return template.HTML(w.String())
}

// link writes <a ATTR="VALUE" href="url">before title after</a>, url and title escaped, the
// attribute unquoted in minified layouts as the minifier leaves it (value is a single word).
func (t *Templates) link(w *fragmentWriter, attr, value, url, before, title, after string) {
	if t.filtered {
		w.WriteString(`<a ` + attr + `=` + value + ` href="`)
	} else {
		w.WriteString(`<a ` + attr + `="` + value + `" href="`)
	}
	w.url(url)
	w.WriteString(`">` + before)
	w.text(title)
	w.WriteString(after + `</a>`)
}

// fragmentWriter builds a fragment, escaping values as html/template does in the same place.
type fragmentWriter struct{ strings.Builder }

// text writes s as html/template writes a string in HTML text: NUL, ", &, ', +, < and >
// replaced (its htmlEscaper).
func (w *fragmentWriter) text(s string) {
	start := 0
	for i := 0; i < len(s); i++ {
		var repl string
		switch s[i] {
		case 0:
			repl = "\uFFFD"
		case '"':
			repl = "&#34;"
		case '&':
			repl = "&amp;"
		case '\'':
			repl = "&#39;"
		case '+':
			repl = "&#43;"
		case '<':
			repl = "&lt;"
		case '>':
			repl = "&gt;"
		default:
			continue
		}
		w.WriteString(s[start:i])
		w.WriteString(repl)
		start = i + 1
	}
	w.WriteString(s[start:])
}

// textBytes is text for bytes. The string it hands text shares b's bytes: text copies them
// into w before returning, and does not keep the string.
func (w *fragmentWriter) textBytes(b []byte) {
	w.text(unsafe.String(unsafe.SliceData(b), len(b)))
}

// url writes u as html/template writes it in a quoted href attribute. A URL made only of
// letters, digits and -._~/ (every page URL sitrep makes without a scheme) comes out
// unchanged; any other goes through html/template itself (its URL filter, normaliser and
// attribute escaper), which is slower but the same by construction.
func (w *fragmentWriter) url(u string) {
	for i := 0; i < len(u); i++ {
		c := u[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' || c == '/' {
			continue
		}
		w.WriteString(escapeHrefSlow(u))
		return
	}
	w.WriteString(u)
}

// hrefTemplate escapes a value as the href of a link.
var hrefTemplate = template.Must(template.New("href").Parse(`<a href="{{.}}">`))

// escapeHrefSlow escapes u with html/template, as the value of a quoted href attribute.
func escapeHrefSlow(u string) string {
	var b bytes.Buffer
	if err := hrefTemplate.Execute(&b, u); err != nil {
		return "#ZgotmplZ"
	}
	s := strings.TrimPrefix(b.String(), `<a href="`)
	return strings.TrimSuffix(s, `">`)
}

// chartDots writes the dots of a line chart (chart), one link to its briefing each:
//
//	{{range .Dots}}<a href="{{.URL}}"><title>{{.Title}}</title><circle cx="{{.X}}" cy="{{.Y}}" r="3"/></a>
//	{{end}}
//
// A chart draws up to chartMaxPoints dots, four actions each in the loop.
func (t *Templates) chartDots(c *Chart) template.HTML {
	if c == nil || len(c.Dots) == 0 {
		return ""
	}
	var w fragmentWriter
	w.Grow(len(c.Dots) * (100 + len(c.Dots[0].URL) + len(c.Dots[0].Title)))
	for _, d := range c.Dots {
		w.WriteString(`<a href="`)
		w.url(d.URL)
		w.WriteString(`"><title>`)
		w.text(d.Title)
		w.WriteString(`</title><circle cx="`)
		w.float(d.X)
		w.WriteString(`" cy="`)
		w.float(d.Y)
		w.WriteString(`" r="3"/></a>`)
		if !t.filtered {
			w.WriteByte('\n')
		}
	}
	return template.HTML(w.String())
}

// float writes f as html/template writes a number in HTML text or a quoted attribute: as
// fmt.Sprint formats it (the shortest 'g' form), escaped.
func (w *fragmentWriter) float(f float64) {
	var buf [32]byte
	w.text(string(strconv.AppendFloat(buf[:0], f, 'g', -1, 64)))
}
