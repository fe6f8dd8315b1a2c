package graph

import (
	"bufio"
	"encoding/json"
	"io"
)

// WriteJSON writes the graph as
// {"nodes":[{"id","labels","properties"}],"relationships":[{"type","start","end","properties"}]},
// one node or relationship a line so that large graphs stream and diff well.
// It reads src once and holds one row at a time.
func WriteJSON(w io.Writer, src Source) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("{\"nodes\": [\n")
	items := jsonItems{bw: bw}
	if err := src.EachNode(func(n Node) error { return items.write(n) }); err != nil {
		return err
	}
	items.end()
	bw.WriteString("],\n\"relationships\": [\n")
	items = jsonItems{bw: bw}
	if err := src.EachRelationship(func(r Relationship) error { return items.write(r) }); err != nil {
		return err
	}
	items.end()
	bw.WriteString("]}\n")
	return bw.Flush()
}

// jsonItems writes the items of a JSON array one a line, a comma after
// every one but the last: the comma goes out when the next item comes, as
// a stream cannot know which item is the last.
type jsonItems struct {
	bw   *bufio.Writer
	some bool
}

func (j *jsonItems) write(v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	if j.some {
		j.bw.WriteString(",\n")
	}
	j.some = true
	j.bw.Write(b)
	return writeErr(j.bw)
}

// end ends the last line, if there was one.
func (j *jsonItems) end() {
	if j.some {
		j.bw.WriteByte('\n')
	}
}
