package graph

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// htmlPage is graph.html's page: CSS, a canvas, a force layout and the
// panels, all inline. WriteHTML puts the graph's data where the marker is.
//
//go:embed html_page.html
var htmlPage string

const htmlDataMarker = "/*GRAPH_DATA*/"

// htmlNode is one node as the page reads it: the fields it draws, filters
// and lists, flattened from the node's properties.
type htmlNode struct {
	ID        string   `json:"id"`
	Kind      string   `json:"kind"` // Person, Place, Organization, Article or Event
	Name      string   `json:"name,omitempty"`
	Aliases   []string `json:"aliases,omitempty"`
	Mentions  int      `json:"mentions,omitempty"`
	Articles  int      `json:"articles,omitempty"`
	Title     string   `json:"title,omitempty"`
	Source    string   `json:"source,omitempty"`
	URL       string   `json:"url,omitempty"`
	Published string   `json:"published,omitempty"`
	Type      string   `json:"type,omitempty"`
	Trigger   string   `json:"trigger,omitempty"`
	Text      string   `json:"text,omitempty"`
	Date      string   `json:"date,omitempty"`
}

// htmlLink is one relationship by node index: t type, s start, e end, and
// its weight w (CO_OCCURS_WITH sentences, MENTIONS count), a (articles)
// and sim (SAME_STORY similarity) when it has them.
type htmlLink struct {
	T   string  `json:"t"`
	S   int     `json:"s"`
	E   int     `json:"e"`
	W   int     `json:"w,omitempty"`
	A   int     `json:"a,omitempty"`
	Sim float64 `json:"sim,omitempty"`
}

// WriteHTML writes graph.html: one self-contained page that draws the graph
// with a force layout, to look at before querying. Nothing is loaded at view
// time, no script, style or font from a network: the code is inline and the
// graph is JSON inside the page (json.Marshal escapes '<', so no text in the
// data can close the script element).
func WriteHTML(w io.Writer, src Source) error {
	data := struct {
		Nodes []htmlNode `json:"nodes"`
		Links []htmlLink `json:"links"`
	}{Nodes: []htmlNode{}, Links: []htmlLink{}}
	index := map[string]int{}
	if err := src.EachNode(func(n Node) error {
		index[n.ID] = len(data.Nodes)
		data.Nodes = append(data.Nodes, toHTMLNode(n))
		return nil
	}); err != nil {
		return err
	}
	if err := src.EachRelationship(func(r Relationship) error {
		s, okS := index[r.Start]
		e, okE := index[r.End]
		if !okS || !okE {
			return fmt.Errorf("graph.html: %s relationship %s -> %s has an end that is not in the graph", r.Type, r.Start, r.End)
		}
		l := htmlLink{T: r.Type, S: s, E: e, A: num(r.Properties["articles"]), Sim: float(r.Properties["similarity"])}
		switch r.Type {
		case RelCoOccurs:
			l.W = num(r.Properties["sentences"])
		case RelMentions:
			l.W = num(r.Properties["count"])
		}
		data.Links = append(data.Links, l)
		return nil
	}); err != nil {
		return err
	}
	b, err := json.Marshal(data)
	if err != nil {
		return fmt.Errorf("graph.html data: %w", err)
	}
	before, after, ok := strings.Cut(htmlPage, htmlDataMarker)
	if !ok {
		return fmt.Errorf("graph.html template has no data marker")
	}
	for _, s := range []string{before, string(b), after} {
		if _, err := io.WriteString(w, s); err != nil {
			return err
		}
	}
	return nil
}

func toHTMLNode(n Node) htmlNode {
	p := n.Properties
	h := htmlNode{ID: n.ID, Kind: n.Labels[len(n.Labels)-1],
		Name: str(p["name"]), Mentions: num(p["mentions"]), Articles: num(p["articles"]),
		Title: str(p["title"]), Source: str(p["source"]), URL: str(p["url"]), Published: str(p["published"]),
		Type: str(p["type"]), Trigger: str(p["trigger"]), Text: str(p["text"]), Date: str(p["date"])}
	h.Aliases = strs(p["aliases"])
	return h
}
