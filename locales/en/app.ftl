## The interactive app's panes and status notices: pane titles, empty panes, themes, the mouse, the start (src/app, src/ui).
tui-kinds = Kinds
tui-help = Keys
tui-find = Find
tui-find-none = no matches
tui-no-entry = Nothing selected
tui-empty-list = No entries of this kind
tui-too-small = Terminal too small — enlarge the window
tui-mouse-off = mouse off (select text freely)
tui-external-link = External link
theme-dark = dark
theme-light = light
theme-projector = projector
tui-wide-list-nothing = The list already has the screen's width: z changes nothing
mouse-released = Mouse free: select text with it; M takes it back
mouse-captured = Mouse on again: clicks and the wheel work in toli
# `z` where the entry already fills the screen.
tui-zoom-nothing = The entry already fills the screen at this width: z changes nothing
teach-load-errors = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }{ $warnings ->
        [0] {""}
        [one] , 1 warning
       *[other] , { $warnings } warnings
    } in the content — ! shows them; or run: { $command }
# The theme just chosen.
theme-changed = Theme: { $theme }
