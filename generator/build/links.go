package build

import (
	"bytes"
	"io/fs"
	"strings"

	"github.com/sitrep-archive/sitrep/generator/check"
	"github.com/sitrep-archive/sitrep/generator/content"
	"github.com/sitrep-archive/sitrep/generator/diag"
	"github.com/sitrep-archive/sitrep/generator/render"
	"github.com/sitrep-archive/sitrep/generator/site"
)

// linkDiagnostics maps the link checker's problems back to the files a user edits: the
// briefing (at the line that holds the link, when it is found there) for a briefing page,
// else the layout of the page's kind.
func linkDiagnostics(problems []check.Problem, s *site.Site, src fs.FS) diag.List {
	byOut := map[string]*site.Page{}
	for _, p := range s.Pages {
		byOut[p.OutPath] = p
	}
	var out diag.List
	for _, pr := range problems {
		msg := pr.Reason
		if pr.Link != "" {
			msg = "broken link " + quote(pr.Link) + ": " + pr.Reason
		}
		msg += " (on /" + strings.TrimSuffix(pr.Page, "index.html") + ")"
		p := byOut[pr.Page]
		var d *diag.Diagnostic
		switch {
		case p != nil && p.Briefing != nil && pr.Link != "":
			body := bodyOf(p.Briefing.Briefing, src)
			line, col := findLink(body, pr.Link, s.BasePath)
			if line > 0 {
				line += p.Briefing.BodyLine - 1
			}
			d = diag.Errorf(p.Briefing.Path, line, col, "%s", msg)
			if line > 0 {
				d.Source = diag.LineOf(body, line-p.Briefing.BodyLine+1)
				d.Length = len(pr.Link)
			}
		case p != nil:
			d = diag.Errorf(render.Dir+"/"+p.Kind+".html", 0, 0, "%s", msg)
		default:
			d = diag.Errorf("public/"+pr.Page, 0, 0, "%s", msg)
		}
		out = append(out, d)
	}
	return out
}

// bodyOf is a briefing's markdown: kept in memory, or read again from its file (a full
// build lets go of bodies once they are rendered).
func bodyOf(b *content.Briefing, src fs.FS) []byte {
	if b.Body != nil || src == nil {
		return b.Body
	}
	data, err := fs.ReadFile(src, b.Path)
	if err != nil {
		return nil
	}
	for i := 1; i < b.BodyLine; i++ {
		j := bytes.IndexByte(data, '\n')
		if j < 0 {
			return nil
		}
		data = data[j+1:]
	}
	return data
}

// findLink finds the line and column of a link target in markdown, trying the URL as
// written and without the base path the renderer added.
func findLink(body []byte, link, basePath string) (int, int) {
	for _, cand := range []string{link, "/" + strings.TrimPrefix(link, basePath)} {
		if i := bytes.Index(body, []byte(cand)); i >= 0 {
			line := 1 + bytes.Count(body[:i], []byte("\n"))
			col := i - bytes.LastIndexByte(body[:i], '\n')
			return line, col
		}
	}
	return 0, 0
}

func quote(s string) string { return `"` + s + `"` }
