# Notes screen: the step's text links `[[id]]` to an entry that does not exist; the projector leaves the link out.
notes-broken-body-link = Left off the projector, a broken link — in the text: { $said }
