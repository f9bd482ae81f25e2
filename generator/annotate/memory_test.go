package annotate_test

import (
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/sitrep-archive/sitrep/generator/annotate"
	"github.com/sitrep-archive/sitrep/generator/markdown"
	"github.com/yuin/goldmark/parser"
)

// reuseDocuments are briefings of different sizes and shapes (tables, emphasis, line breaks,
// links, mismatched conversions), so the memory one leaves behind is too large, too small or
// holds other nodes for the next.
func reuseDocuments(t *testing.T) []string {
	docs := []string{
		"Coalition forces conducted seven strikes near Raqqa and 12 near Mosul.\n",
		"## Day 126 in *Raqqa*\n\nThey cleared 1,083 square kilometers [about 500 square miles]\nnear Tabqa, " +
			"and **about 2,000 fighters** remain in Deir ez-Zor.\n\n" +
			"| Equipment | Number |\n|---|---|\n| M1 Abrams tanks | 87 |\n| Trucks | 140 |\n\n" +
			"- 22,014 strikes, about 13,800 of them in Iraq\n- see [Mosul](/briefings/x/) and `250 km` of road\n",
		"Nothing to mark up here.\n",
	}
	if seed, err := os.ReadFile("../../../shared/seed-briefing.txt"); err == nil {
		docs = append(docs, string(seed))
	}
	return docs
}

// convertWith renders src with md, in a context of its own.
func convertWith(t *testing.T, md *markdown.Renderer, src string) (string, *annotate.Result) {
	t.Helper()
	pc := annotate.WithDocument(parser.NewContext(), annotate.Document{Countries: []string{"IQ", "SY"}, BodyLine: 3})
	out, err := md.Render([]byte(src), pc)
	if err != nil {
		t.Error(err)
	}
	return string(out), annotate.ResultOf(pc)
}

// The transformer reuses its working memory and the nodes it adds to an AST from one
// document to the next (the nodes once the document is rendered): documents converted one
// after another, or at the same time, by one extension come out exactly as each does alone,
// converted by an extension of its own.
func TestMemoryReusedAcrossDocuments(t *testing.T) {
	docs := reuseDocuments(t)
	newRenderer := func() *markdown.Renderer {
		ext := annotate.New(annotate.Options{Figures: true, Places: true, Matcher: testMatcher(t)})
		return markdown.New(markdown.Options{Typographer: true}, ext)
	}
	alone := make([]string, len(docs))
	aloneRes := make([]*annotate.Result, len(docs))
	for i, d := range docs {
		alone[i], aloneRes[i] = convertWith(t, newRenderer(), d)
	}
	check := func(how string, i int, out string, res *annotate.Result) {
		t.Helper()
		if out != alone[i] {
			t.Errorf("%s: document %d differs from its conversion alone:\n%s\nwant\n%s", how, i, out, alone[i])
		}
		if !reflect.DeepEqual(res, aloneRes[i]) {
			t.Errorf("%s: document %d: result %+v, alone %+v", how, i, res, aloneRes[i])
		}
	}

	md := newRenderer()
	for round := range 3 {
		for k := range docs {
			i := (k + round) % len(docs) // each document after each other one
			out, res := convertWith(t, md, docs[i])
			check("in a row", i, out, res)
		}
	}

	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range 3 * len(docs) {
				i := (k + g) % len(docs)
				out, res := convertWith(t, md, docs[i])
				check("at the same time", i, out, res)
			}
		}()
	}
	wg.Wait()
	if !strings.Contains(alone[1], `<data class="fig`) || !strings.Contains(alone[1], `class="place"`) {
		t.Errorf("the documents should carry figures and places:\n%s", alone[1])
	}
}
