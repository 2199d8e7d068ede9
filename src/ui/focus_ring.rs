//! One visible ring around whatever has the keyboard focus, drawn the same way for every widget.
//!
//! egui marks a focused button only by drawing it as if pressed, and draws nothing for a focused
//! panel splitter or the body's rows, so a learner moving with Tab lost sight of where they were.
//! Text fields draw their own ring (and a caret), so they are left as they are.

use egui::{Context, Id, LayerId, Order, Stroke, StrokeKind};

/// Draw the ring around the focused widget, above everything else.
pub fn focus_ring(ctx: &Context) {
    let Some(id) = ctx.memory(egui::Memory::focused) else {
        return;
    };
    if egui::TextEdit::load_state(ctx, id).is_some() {
        return;
    }
    let Some(response) = ctx.read_response(id) else {
        return;
    };
    // Under an open dialog the old focus is out of reach: no ring shining through the dialog.
    if ctx
        .memory(egui::Memory::top_modal_layer)
        .is_some_and(|top| top != response.layer_id)
    {
        return;
    }
    let rect = response.interact_rect;
    if !rect.is_positive() {
        return;
    }
    let stroke = Stroke::new(2.0, ctx.global_style().visuals.selection.stroke.color);
    ctx.layer_painter(LayerId::new(Order::Tooltip, Id::unique("focus-ring")))
        .rect_stroke(rect.expand(2.0), 4.0, stroke, StrokeKind::Outside);
}

/// Scroll `response`'s widget into view when Tab has just moved the focus to it. egui leaves a
/// focused widget where it is, so inside a scroll area (a tab's contents) the ring could be
/// below the fold. Call it on widgets drawn inside a scroll area.
pub fn reveal_when_focused(response: &egui::Response) {
    if response.gained_focus() {
        response.scroll_to_me(None);
    }
}
