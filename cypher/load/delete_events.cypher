// Events whose reports a batch merges anew, with their relationships; the
// batch writes the merged events after.
UNWIND $ids AS id
MATCH (v:Event {id: id})
DETACH DELETE v
