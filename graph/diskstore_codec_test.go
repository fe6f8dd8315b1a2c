package graph

import (
	"reflect"
	"testing"
)

func TestPropsRoundTrip(t *testing.T) {
	props := map[string]any{
		"name": "Volodymyr Zelensky", "mentions": 12, "score": 0.25, "negative": -3, "ok": true,
		"aliases": []string{"Zelensky", "Zelenskyy"}, "alias_articles": []int{2, 1}, "w": []float64{0.5},
		"empty": []string{}, "": "",
	}
	b, err := encodeProps(nil, props)
	if err != nil {
		t.Fatal(err)
	}
	got, err := decodeProps(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, props) {
		t.Errorf("round trip:\n got %#v\nwant %#v", got, props)
	}
	for cut := 0; cut < len(b); cut++ {
		if _, err := decodeProps(b[:cut]); err == nil {
			t.Errorf("a blob cut at %d of %d bytes decoded without error", cut, len(b))
		}
	}
	if _, err := encodeProps(nil, map[string]any{"m": map[string]any{}}); err == nil {
		t.Error("a map property was encoded; Neo4j stores no maps")
	}
}
