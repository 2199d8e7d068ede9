//! A list of millions of equal-height rows that draws only the visible ones.
//!
//! egui positions are `f32`, which cannot tell row 1,500,000 from row 1,500,001 at 16 px a row.
//! So the scroll position is kept here as a row index (`usize`), and only one window of rows is
//! ever laid out, with our own scroll bar beside it.

use egui::{Rect, Sense, Ui, pos2, vec2};

/// Where a row list is scrolled to: the index of the top row shown.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct RowScroll {
    /// The first row drawn at the top.
    pub first: usize,
    /// Wheel movement smaller than one row, kept for the next frame.
    remainder: f32,
    /// Rows that fit in the view, as of the last frame.
    pub visible: usize,
}

impl RowScroll {
    /// Bring `row` into view (a little below the top), e.g. for a find match.
    pub fn reveal(&mut self, row: usize) {
        if row < self.first || row >= self.first + self.visible.max(1) {
            self.first = row.saturating_sub(self.visible / 3);
        }
    }
}

pub(crate) const BAR_WIDTH: f32 = 12.0;

/// Draw rows `scroll.first ..` of `total` rows, each `row_height` tall, with `draw_row(ui, index)`.
///
/// The wheel, the scroll bar (drag or click), and PageUp/PageDown/Home/End/arrow keys (while the
/// pointer is over the list) move by whole rows. Wide rows scroll sideways. With a `name` the
/// list is also one stop for Tab, named so for screen readers, and while it has the keyboard
/// focus the keys move it wherever the pointer is.
pub fn show_rows(
    ui: &mut Ui,
    id_salt: &str,
    name: Option<&str>,
    scroll: &mut RowScroll,
    total: usize,
    row_height: f32,
    mut draw_row: impl FnMut(&mut Ui, usize),
) {
    let outer = ui.available_rect_before_wrap();
    let id = ui.scope_id().with(id_salt);
    let list_rect = Rect::from_min_max(outer.min, pos2(outer.max.x - BAR_WIDTH, outer.max.y));
    let bar_rect = Rect::from_min_max(pos2(outer.max.x - BAR_WIDTH, outer.min.y), outer.max);
    // The horizontal scroll bar takes some height at the bottom.
    let usable = (list_rect.height() - 14.0).max(row_height);
    let visible = ((usable / row_height).floor() as usize).max(1);
    scroll.visible = visible;
    let last_first = total.saturating_sub(visible);

    // A named list takes the focus as a whole (Tab, or a press anywhere on it), so the page keys
    // move it without the pointer having to rest there.
    let focused = name.is_some_and(|name| list_focus(ui, id.with("list"), outer, name));
    if focused || ui.rect_contains_pointer(outer) {
        let (wheel, keys) = ui.input_mut(|input| {
            let wheel = input.smooth_scroll_delta.y;
            input.smooth_scroll_delta.y = 0.0;
            let page = visible.saturating_sub(1).max(1) as i64;
            let mut keys: i64 = 0;
            if input.key_pressed(egui::Key::PageDown) {
                keys += page;
            }
            if input.key_pressed(egui::Key::PageUp) {
                keys -= page;
            }
            if input.key_pressed(egui::Key::ArrowDown) {
                keys += 1;
            }
            if input.key_pressed(egui::Key::ArrowUp) {
                keys -= 1;
            }
            if input.key_pressed(egui::Key::Home) {
                keys = i64::MIN / 2;
            }
            if input.key_pressed(egui::Key::End) {
                keys = i64::MAX / 2;
            }
            (wheel, keys)
        });
        scroll.remainder -= wheel / row_height;
        let whole = scroll.remainder.trunc();
        scroll.remainder -= whole;
        let delta = whole as i64 + keys;
        scroll.first = if delta < 0 {
            scroll.first.saturating_sub(delta.unsigned_abs() as usize)
        } else {
            scroll.first.saturating_add(delta as usize)
        };
    }
    scroll.first = scroll.first.min(last_first);

    // The bar of a focusable list is moved by the pointer only (one Tab stop, not two).
    let bar_sense = if name.is_some() {
        Sense::CLICK | Sense::DRAG
    } else {
        Sense::click_and_drag()
    };
    scroll_bar(
        ui,
        id.with("bar"),
        bar_sense,
        bar_rect,
        scroll,
        total,
        visible,
    );

    let mut list_ui = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(list_rect)
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    list_ui.set_clip_rect(list_rect.intersect(ui.clip_rect()));
    let mut rows = |ui: &mut Ui| {
        ui.spacing_mut().item_spacing.y = 0.0;
        let end = (scroll.first + visible + 1).min(total);
        for index in scroll.first..end {
            let top_left = ui.cursor().min;
            let mut row_ui = ui.new_child(
                egui::UiBuilder::new()
                    .max_rect(Rect::from_min_size(top_left, vec2(100_000.0, row_height)))
                    .layout(egui::Layout::left_to_right(egui::Align::Center)),
            );
            draw_row(&mut row_ui, index);
            // Take the row's space, as wide as its content, so the sideways scroll knows.
            let width = row_ui.min_rect().width().max(1.0);
            ui.allocate_exact_size(vec2(width, row_height), Sense::hover());
        }
    };
    // A sideways scroll bar needs room for its handle: egui panics when a press lands on a bar
    // shorter than the handle (a panel squeezed to a few pixels while the layout settles).
    if list_rect.width() >= MIN_SIDEWAYS_WIDTH {
        egui::ScrollArea::horizontal()
            .id_salt(id.with("sideways"))
            .auto_shrink([false, false])
            .show(&mut list_ui, rows);
    } else {
        rows(&mut list_ui);
    }
    ui.advance_cursor_after_rect(outer);
}

/// Narrower than this, the rows are clipped instead of scrolling sideways (see `show_rows`).
const MIN_SIDEWAYS_WIDTH: f32 = 64.0;

/// Make the list area `rect` focusable, named `name`; whether it has the keyboard focus.
fn list_focus(ui: &mut Ui, id: egui::Id, rect: Rect, name: &str) -> bool {
    let list = ui.interact(rect, id, Sense::FOCUSABLE);
    list.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ScrollView, true, name));
    if ui.input(|i| i.pointer.any_pressed()) && ui.rect_contains_pointer(rect) {
        list.request_focus();
    }
    let focused = list.has_focus();
    if focused {
        // Up and down scroll the rows instead of moving the focus to another widget.
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                list.id,
                egui::EventFilter {
                    vertical_arrows: true,
                    ..Default::default()
                },
            );
        });
    }
    focused
}

pub(crate) fn scroll_bar(
    ui: &mut Ui,
    id: egui::Id,
    sense: Sense,
    rect: Rect,
    scroll: &mut RowScroll,
    total: usize,
    visible: usize,
) {
    if total <= visible {
        return;
    }
    let response = ui.interact(rect, id, sense);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::ScrollBar, true, "Scroll bar"));
    let track = rect.shrink2(vec2(2.0, 2.0));
    // A list squeezed to a few pixels (a small panel) has no room for a thumb at all.
    if track.height() < 4.0 {
        return;
    }
    let thumb_height = (track.height() * visible as f32 / total as f32)
        .clamp(track.height().min(24.0), track.height());
    let travel = (track.height() - thumb_height).max(1.0);
    let last_first = total - visible;
    if let Some(pointer) = response.interact_pointer_pos()
        && (response.dragged() || response.clicked())
    {
        // The thumb's centre follows the pointer; computed in f64 so the last rows are reachable.
        let fraction = f64::from((pointer.y - track.top() - thumb_height / 2.0) / travel);
        let fraction = fraction.clamp(0.0, 1.0);
        scroll.first = (fraction * last_first as f64).round() as usize;
    }
    let fraction = scroll.first as f64 / last_first as f64;
    let thumb_top = track.top() + (fraction as f32) * travel;
    let thumb = Rect::from_min_size(
        pos2(track.left(), thumb_top),
        vec2(track.width(), thumb_height),
    );
    let visuals = ui.style().interact(&response);
    let painter = ui.painter_at(rect);
    painter.rect_filled(
        track,
        egui::CornerRadius::same(4),
        ui.visuals().extreme_bg_color,
    );
    painter.rect_filled(thumb, egui::CornerRadius::same(4), visuals.bg_fill);
}
