package build

import (
	"bytes"
	"encoding/gob"
	"reflect"
	"testing"
	"time"

	"github.com/sitrep-archive/sitrep/generator/annotate"
	"github.com/sitrep-archive/sitrep/generator/content"
)

// fillDoc sets every field of a cachedDoc, recursively, to a value that is not its zero,
// different for each field: a field the docs codec forgets then fails the round trip.
func fillDoc(t testing.TB, v reflect.Value, seed *int) {
	*seed++
	if v.Type() == reflect.TypeOf(time.Time{}) {
		v.Set(reflect.ValueOf(time.Date(2017, 3, *seed%28+1, 10, 30, 0, 0, time.FixedZone("", 3*3600))))
		return
	}
	if v.Type() == reflect.TypeOf(cachedAnnotations{}) {
		r := &annotate.Result{}
		fill(t, reflect.ValueOf(r).Elem(), seed)
		v.Set(reflect.ValueOf(cachedAnnotations{r}))
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type() == reflect.TypeOf(content.Briefing{}) && v.Type().Field(i).Name == "Body" {
				continue // not cached
			}
			fillDoc(t, v.Field(i), seed)
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fillDoc(t, v.Index(i), seed)
		}
	case reflect.String:
		v.SetString("s" + string(rune('a'+*seed%26)) + "·é")
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(*seed*7919) - 40000)
	case reflect.Uint8, reflect.Uint32, reflect.Uint64:
		v.SetUint(uint64(*seed)*0x9E3779B97F4A7C15>>(64-v.Type().Bits()) | 1)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fillDoc(t, v.Elem(), seed)
	default:
		t.Fatalf("a field of kind %s: teach the docs codec and this test about it", v.Kind())
	}
}

// TestShardCodecRoundTrip: the docs codec reads back what gob read back before it.
func TestShardCodecRoundTrip(t *testing.T) {
	seed := 0
	var full cachedDoc
	fillDoc(t, reflect.ValueOf(&full).Elem(), &seed)
	utc := cachedDoc{Path: "u", Briefing: &content.Briefing{Title: "t", Date: time.Date(2020, 1, 2, 0, 0, 0, 0, time.UTC)}}
	docs := []cachedDoc{full, {Path: "empty"}, {Path: "e2", Briefing: &content.Briefing{}, Annotations: cachedAnnotations{&annotate.Result{}}}, utc}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(docs); err != nil {
		t.Fatal(err)
	}
	var want []cachedDoc
	if err := gob.NewDecoder(&buf).Decode(&want); err != nil {
		t.Fatal(err)
	}
	data, err := encodeShard(docs)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeShard(data)
	if err != nil {
		t.Fatal(err)
	}
	for i := range want {
		// gob gives an empty non-nil result for an empty one; restore treats both alike.
		if want[i].Annotations.Result == nil && got[i].Annotations.Result != nil && reflect.DeepEqual(*got[i].Annotations.Result, annotate.Result{}) {
			got[i].Annotations.Result = nil
		}
		if got[i].Annotations.Result == nil && want[i].Annotations.Result != nil && reflect.DeepEqual(*want[i].Annotations.Result, annotate.Result{}) {
			want[i].Annotations.Result = nil
		}
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("doc %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
		if want[i].Briefing != nil && want[i].Briefing.Date.Location().String() != got[i].Briefing.Date.Location().String() {
			t.Errorf("doc %d: location %v, want %v", i, got[i].Briefing.Date.Location(), want[i].Briefing.Date.Location())
		}
	}
	for n := range len(data) { // truncated: an error, never a panic
		if _, err := decodeShard(data[:n]); err == nil {
			t.Fatalf("decoding %d of %d bytes: no error", n, len(data))
		}
	}
}

func TestStateCodecRoundTrip(t *testing.T) {
	cf := cacheFile{Format: cacheFormat, Program: "prog", Options: "opts", CfgSum: 1, LayoutSum: 2, Manifest: 3,
		Pages:  map[string]uint64{"index.html": 4, "a/index.html": 1 << 63},
		Stamps: map[string]stamp{"content/a.md": {Size: 5, MTime: -1}, "content/b.md": {Size: 6, MTime: 1 << 60}},
		Bodies: 7, BodiesLen: 8}
	for i := range cf.Shards {
		cf.Shards[i] = uint64(i)*0x9E3779B97F4A7C15 | 1
	}
	data := encodeState(&cf)
	var got cacheFile
	if err := decodeState(data, &got); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, cf) {
		t.Errorf("got %+v\nwant %+v", got, cf)
	}
	for n := range len(data) {
		if err := decodeState(data[:n], &got); err == nil {
			t.Fatalf("decoding %d of %d bytes: no error", n, len(data))
		}
	}
	cf.Pages = map[string]uint64{}
	if err := decodeState(encodeState(&cf), &got); err != nil || got.Pages != nil {
		t.Errorf("no pages: %v, %v; want none", got.Pages, err)
	}
}

// A docs or state file changed on disk is an error, never a panic.
func FuzzDecodeShard(f *testing.F) {
	seed := 0
	var full cachedDoc
	fillDoc(f, reflect.ValueOf(&full).Elem(), &seed)
	data, err := encodeShard([]cachedDoc{full, {Path: "empty"}})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(shardMagic))
	f.Fuzz(func(t *testing.T, b []byte) {
		docs, err := decodeShard(b)
		if err == nil {
			if _, err := encodeShard(docs); err != nil {
				t.Fatalf("a decoded file does not encode: %v", err)
			}
		}
		var cf cacheFile
		_ = decodeState(b, &cf)
	})
}
