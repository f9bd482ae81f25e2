package build

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestSessionReviseMatchesFullBuild edits the text of sample briefings again and again (a
// sentence, a figure added or changed, a word inside a place's paragraph), which the session
// takes the short way, mixed with edits that must take the full way (a new place, the
// frontmatter), and compares the session's site after each with a clean full build.
func TestSessionReviseMatchesFullBuild(t *testing.T) {
	dir, bl, opts, sess := newEditedSite(t)
	files, _ := filepath.Glob(filepath.Join(dir, "content", "*", "*", "*.md"))
	sort.Strings(files)
	if len(files) < 5 {
		t.Fatalf("only %d sample briefings", len(files))
	}
	ctx := context.Background()
	rnd := rand.New(rand.NewSource(11))
	number := regexp.MustCompile(`\b[1-9][0-9]?\b`)
	steps := 30
	if testing.Short() {
		steps = 10
	}
	againRevised := 0
	defer func() {
		if !t.Failed() && steps >= 30 && againRevised == 0 {
			t.Errorf("no edit naming a place again took the short way")
		}
	}()
	for i := 0; i < steps; i++ {
		f := files[rnd.Intn(len(files))]
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		var what string
		short := true
		switch op := rnd.Intn(7); op {
		case 0:
			what, text = "sentence", text+"\nThe spokesman declined to comment further.\n"
		case 1:
			what, text = "figure", text+fmt.Sprintf("\nEngineers cleared %d city blocks and %d square kilometers [%d square miles].\n", 1+rnd.Intn(90), 100+rnd.Intn(900), 10+rnd.Intn(300))
		case 2:
			what = "number"
			text = editBody(text, func(body string) string {
				if loc := number.FindStringIndex(body); loc != nil {
					return body[:loc[0]] + fmt.Sprint(1+rnd.Intn(98)) + body[loc[1]:]
				}
				return body
			})
		case 3:
			what = "emphasis"
			text = editBody(text, func(body string) string { return strings.Replace(body, " the ", " *the* ", 1) })
		case 4:
			what, text, short = "new place", text+"\nPatrols reached Tikrit and Baiji.\n", false
		case 6: // a place the briefing names already, named once more: counts change
			what, short = "place again", false
			for _, name := range []string{"Mosul", "Raqqa", "Kunduz", "Sirte", "Helmand", "Kabul", "Hajin", "Baghuz", "Jilib", "Poland", "Hawija", "Tabqa"} {
				if strings.Contains(markdownOf(text), " "+name) {
					what = "place again " + name // short, unless the name there is part of another
					text += "\nMore fighting was reported in " + name + " on the same day.\n"
					break
				}
			}
		case 5:
			what, short = "frontmatter", false
			for _, key := range []string{`title: "`, `title = "`, `"title": "`} {
				text = strings.Replace(text, key, key+"Updated: ", 1)
			}
		}
		if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, f)
		up, serr := sess.Rebuild(ctx, []string{filepath.ToSlash(rel)})
		full := opts
		full.Dest = filepath.Join(t.TempDir(), "public")
		_, ferr := bl.Build(ctx, full)
		if serr != nil || ferr != nil {
			t.Fatalf("step %d (%s %s): session error %v, full build error %v", i, what, rel, serr, ferr)
		}
		if !diffTrees(t, up.Files, readTree(t, full.Dest)) {
			t.Fatalf("step %d (%s %s, revised %v): the session's site differs from a full build", i, what, rel, up.Revised)
		}
		if strings.HasPrefix(what, "place again ") && up.Revised {
			againRevised++
		}
		if short && !up.Revised && up.Rendered > 0 {
			t.Errorf("step %d (%s %s): took the full way", i, what, rel)
		}
		t.Logf("step %d: %s %s: revised %v, %d rendered, %d changed", i, what, rel, up.Revised, up.Rendered, len(up.Changed))
	}
}

// markdownOf returns the markdown after the frontmatter.
func markdownOf(text string) string {
	var body string
	editBody(text, func(b string) string { body = b; return b })
	return body
}

// editBody applies edit to the markdown after the frontmatter (YAML, TOML or JSON).
func editBody(text string, edit func(string) string) string {
	for _, fence := range []string{"\n---\n", "\n+++\n", "\n}\n"} {
		if i := strings.Index(text, fence); i >= 0 {
			at := i + len(fence)
			return text[:at] + edit(text[at:])
		}
	}
	return edit(text)
}
