package render

import (
	"bytes"
	"fmt"
	"testing"
	"time"

	"github.com/sitrep-archive/sitrep/generator/annotate"
	"github.com/sitrep-archive/sitrep/generator/annotate/figure"
	"github.com/sitrep-archive/sitrep/generator/annotate/place"
	"github.com/sitrep-archive/sitrep/generator/config"
	"github.com/sitrep-archive/sitrep/generator/content"
	"github.com/sitrep-archive/sitrep/generator/site"
)

// streamModel is a model with enough annotated briefings that annotations.json spans
// several of encodeTo's chunks.
func streamModel(n int) *site.Site {
	cfg := config.Default()
	inputs := make([]site.Input, n)
	day := time.Date(2017, 10, 1, 0, 0, 0, 0, time.UTC)
	for i := range inputs {
		res := &annotate.Result{}
		for k := 0; k < 6; k++ {
			f := annotate.Figure{Line: 3 + k, Segment: k}
			f.Text = fmt.Sprintf("%d strikes \"near\" the river", 10*i+k)
			f.Kind, f.Unit, f.Value, f.Qualifier, f.Restates = figure.Count, "count:strike", float64(10*i+k), "about", -1
			res.Figures = append(res.Figures, f)
		}
		res.Places = []annotate.PlaceMention{{
			Place: &place.Place{ID: int64(100 + i%7), Name: "Raqqa", Slug: fmt.Sprintf("raqqa-%d", i%7), Kind: "city", Country: "SY", Lat: 35.95, Lon: 39.01, HasCoords: true},
			Text:  "Raqqa", Count: 2, Line: 4, Segments: []int{1},
		}}
		b := &content.Briefing{Path: fmt.Sprintf("content/b%04d.md", i), Title: fmt.Sprintf("Briefing %d", i), Slug: fmt.Sprintf("b%04d", i), Date: day.Add(time.Duration(i) * time.Hour)}
		inputs[i] = site.Input{Briefing: b, HTML: []byte("<p>x</p>"), Annotations: res}
	}
	return site.New(cfg, inputs)
}

func annotationsPage(t *testing.T, s *site.Site) *site.Page {
	t.Helper()
	for _, p := range s.Pages {
		if p.Kind == "annotations" {
			return p
		}
	}
	t.Fatal("the model has no annotations page")
	return nil
}

// Streaming annotations.json writes the bytes Encoded returns, and describes them the same
// way (LastAnnotations), for a file of many chunks.
func TestStreamerWritesWhatEncodedReturns(t *testing.T) {
	s := streamModel(1500)
	load := func() *Templates { return annotationsTemplates(t) }
	page := annotationsPage(t, s)
	data := &Data{Site: s, Page: page}

	whole := load()
	want, ok, err := whole.Encoded(data)
	if !ok || err != nil {
		t.Fatalf("Encoded: ok %v, err %v", ok, err)
	}
	wantDesc, _ := whole.LastAnnotations(s)

	streamed := load()
	write := streamed.Streamer(data)
	if write == nil {
		t.Fatal("no streamer for {{annotations .Site}}")
	}
	var got countingBuffer
	if err := write(&got); err != nil {
		t.Fatal(err)
	}
	if got.writes < 2 || len(want) < 2*annotationsChunk {
		t.Fatalf("%d bytes in %d writes: the test needs several chunks", len(want), got.writes)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Fatalf("streamed %d bytes, Encoded %d: they differ", got.Len(), len(want))
	}
	gotDesc, ok := streamed.LastAnnotations(s)
	if !ok || gotDesc.Size != wantDesc.Size || gotDesc.CRC != wantDesc.CRC || fmt.Sprint(gotDesc.Parts) != fmt.Sprint(wantDesc.Parts) {
		t.Errorf("streamed description %v %x (%d parts), want %v %x (%d parts)", gotDesc.Size, gotDesc.CRC, len(gotDesc.Parts), wantDesc.Size, wantDesc.CRC, len(wantDesc.Parts))
	}
	// A second encoding (a site being rebuilt keeps parts) writes the same bytes again.
	var again bytes.Buffer
	if err := streamed.Streamer(data)(&again); err != nil || !bytes.Equal(again.Bytes(), want) {
		t.Errorf("second streaming differs (err %v)", err)
	}
	// Other pages, and layouts that print more than the call, do not stream.
	for _, p := range s.Pages {
		if p.Kind != "annotations" && streamed.Streamer(&Data{Site: s, Page: p}) != nil {
			t.Errorf("%s page streams", p.Kind)
		}
	}
	more, err := Load(layouts(map[string]string{"annotations.json": "{{annotations .Site}}\nmore\n"}), Funcs("/", "/"))
	if err != nil {
		t.Fatal(err)
	}
	if more.Streamer(data) != nil {
		t.Error("a layout that prints more than the encoding streams")
	}
}

type countingBuffer struct {
	bytes.Buffer
	writes int
}

func (c *countingBuffer) Write(p []byte) (int, error) {
	c.writes++
	return c.Buffer.Write(p)
}

// Reused parts give the same file as encoding every briefing, and release is called as they
// are copied (every releaseEvery bytes, and after the last).
func TestReusedAnnotationsReleased(t *testing.T) {
	s := streamModel(1500)
	tmpl, err := Load(layouts(map[string]string{"annotations.json": "{{annotations .Site}}\n"}), Funcs("/", "/"))
	if err != nil {
		t.Fatal(err)
	}
	data := &Data{Site: s, Page: annotationsPage(t, s)}
	out, ok, err := tmpl.Encoded(data)
	if !ok || err != nil {
		t.Fatalf("Encoded: ok %v, err %v", ok, err)
	}
	want := bytes.Clone(out)
	desc, _ := tmpl.LastAnnotations(s)
	parts := make([][]byte, len(s.Briefings))
	for i, p := range desc.Parts {
		parts[i] = want[p.Off : p.Off+p.Len]
	}
	releases := 0
	tmpl.ReuseAnnotations(s, parts, func() { releases++ })
	got, ok, err := tmpl.Encoded(data)
	if !ok || err != nil {
		t.Fatalf("Encoded again: ok %v, err %v", ok, err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("the file made of reused parts differs")
	}
	if min := len(want)/releaseEvery + 1; releases < min {
		t.Errorf("release called %d times for %d bytes of parts, want at least %d", releases, len(want), min)
	}
}

// Streamed (an incremental build's patch), reused parts and encoded ones make the same file
// and the same description as encoding it whole, and release is called as they are copied.
func TestReusedAnnotationsStreamed(t *testing.T) {
	s := streamModel(1500)
	load := func() *Templates { return annotationsTemplates(t) }
	data := &Data{Site: s, Page: annotationsPage(t, s)}
	whole := load()
	out, ok, err := whole.Encoded(data)
	if !ok || err != nil {
		t.Fatalf("Encoded: ok %v, err %v", ok, err)
	}
	want := bytes.Clone(out)
	desc, _ := whole.LastAnnotations(s)
	for _, every := range []int{1, 3} { // every part reused; one in three encoded again
		tmpl := load()
		parts := make([][]byte, len(s.Briefings))
		for i, p := range desc.Parts {
			if i%every == 0 {
				parts[i] = want[p.Off : p.Off+p.Len]
			}
		}
		releases := 0
		tmpl.ReuseAnnotations(s, parts, func() { releases++ })
		var got countingBuffer
		if err := tmpl.Streamer(data)(&got); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want) {
			t.Fatalf("every %d: the streamed file differs", every)
		}
		if got.writes < 2 {
			t.Errorf("every %d: %d writes: not streamed", every, got.writes)
		}
		gotDesc, ok := tmpl.LastAnnotations(s)
		if !ok || gotDesc.Size != desc.Size || gotDesc.CRC != desc.CRC || fmt.Sprint(gotDesc.Parts) != fmt.Sprint(desc.Parts) {
			t.Errorf("every %d: description %v %x, want %v %x", every, gotDesc.Size, gotDesc.CRC, desc.Size, desc.CRC)
		}
		if every == 1 && releases < len(want)/releaseEvery+1 {
			t.Errorf("release called %d times for %d bytes", releases, len(want))
		}
	}
}

// annotationsTemplates loads a layout set whose annotations.json is the annotations function's.
func annotationsTemplates(t *testing.T) *Templates {
	t.Helper()
	tmpl, err := Load(layouts(map[string]string{"annotations.json": "{{annotations .Site}}\n"}), Funcs("/", "/"))
	if err != nil {
		t.Fatal(err)
	}
	return tmpl
}
