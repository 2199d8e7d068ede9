//! A column of blocks of different heights (a page) that lays out only the visible ones.
//!
//! The place is kept as "block `first`, `offset` pixels into it", not as a pixel position: a
//! ten-megabyte page is hundreds of thousands of blocks whose heights nobody has measured, and
//! need not. Each block drawn is measured and remembered; the others count as an estimate, which
//! only the scroll bar's thumb depends on.

use egui::{Rect, Sense, Ui, pos2, vec2};

use crate::ui::rows::{BAR_WIDTH, RowScroll, scroll_bar};

/// Where a column of blocks is scrolled to, and the heights measured so far.
#[derive(Clone, Debug, Default)]
pub struct BlockScroll {
    /// The block at the top.
    pub first: usize,
    /// How many pixels of `first` are scrolled above the top.
    pub offset: f32,
    /// Heights of blocks drawn at `width` (0: not drawn yet).
    heights: Vec<f32>,
    width: f32,
}

impl BlockScroll {
    /// Put block `index` at the top (a jump to `#fragment`).
    pub fn jump_to(&mut self, index: usize) {
        self.first = index;
        self.offset = 0.0;
    }

    fn height(&self, index: usize, estimate: &impl Fn(usize, f32) -> f32) -> f32 {
        match self.heights.get(index) {
            Some(&h) if h > 0.0 => h,
            _ => estimate(index, self.width).max(1.0),
        }
    }
}

/// Space between two blocks.
const GAP: f32 = 8.0;

/// Draw blocks `scroll.first ..` of `total` with `draw(ui, index)` until the view is full;
/// `estimate(index, width)` guesses the height of a block not drawn yet. The wheel, the
/// scroll bar and PageUp / PageDown / Home / End (with the pointer over it) scroll.
pub fn show_blocks(
    ui: &mut Ui,
    id: egui::Id,
    scroll: &mut BlockScroll,
    total: usize,
    estimate: impl Fn(usize, f32) -> f32,
    mut draw: impl FnMut(&mut Ui, usize),
) {
    let outer = ui.available_rect_before_wrap();
    let content = Rect::from_min_max(outer.min, pos2(outer.max.x - BAR_WIDTH, outer.max.y));
    let bar = Rect::from_min_max(pos2(outer.max.x - BAR_WIDTH, outer.min.y), outer.max);
    if scroll.heights.len() != total {
        scroll.heights = vec![0.0; total];
    }
    if (content.width() - scroll.width).abs() > 0.5 {
        // Text wraps differently at another width: every height is measured again.
        scroll.heights.fill(0.0);
        scroll.width = content.width();
    }
    if total == 0 {
        ui.allocate_rect(outer, Sense::hover());
        return;
    }
    scroll.first = scroll.first.min(total - 1);

    if ui.rect_contains_pointer(outer) {
        let view = content.height();
        let (wheel, page, home, end) = ui.input_mut(|input| {
            let wheel = input.smooth_scroll_delta.y;
            input.smooth_scroll_delta.y = 0.0;
            let mut page = 0.0;
            if input.key_pressed(egui::Key::PageDown) {
                page += view * 0.9;
            }
            if input.key_pressed(egui::Key::PageUp) {
                page -= view * 0.9;
            }
            (
                wheel,
                page,
                input.key_pressed(egui::Key::Home),
                input.key_pressed(egui::Key::End),
            )
        });
        scroll.offset += page - wheel;
        if home {
            scroll.jump_to(0);
        }
        if end {
            scroll.jump_to(total - 1);
        }
    }
    // Move `first` until the offset lies inside it.
    while scroll.offset < 0.0 && scroll.first > 0 {
        scroll.first -= 1;
        scroll.offset += scroll.height(scroll.first, &estimate) + GAP;
    }
    if scroll.first == 0 {
        scroll.offset = scroll.offset.max(0.0);
    }
    while scroll.first + 1 < total && scroll.offset >= scroll.height(scroll.first, &estimate) + GAP
    {
        scroll.offset -= scroll.height(scroll.first, &estimate) + GAP;
        scroll.first += 1;
    }

    let mut column = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(content)
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    column.set_clip_rect(content.intersect(ui.clip_rect()));
    let mut top = content.top() - scroll.offset;
    let mut index = scroll.first;
    while index < total && top < content.bottom() {
        let room = Rect::from_min_size(pos2(content.left(), top), vec2(content.width(), 100_000.0));
        let drawn = column
            .scope_builder(
                egui::UiBuilder::new()
                    .id_salt(index)
                    .max_rect(room)
                    .layout(egui::Layout::top_down(egui::Align::Min)),
                |ui| draw(ui, index),
            )
            .response
            .rect;
        let height = drawn.height().max(1.0);
        if let Some(slot) = scroll.heights.get_mut(index) {
            *slot = height;
        }
        top += height + GAP;
        index += 1;
    }
    // The bar works in whole blocks; a page that fits has none.
    let fits =
        scroll.first == 0 && scroll.offset <= 0.0 && index == total && top <= content.bottom();
    let mut rows = RowScroll::default();
    rows.first = scroll.first;
    let shown_estimate = ((content.height() / 60.0) as usize).max(1);
    if !fits {
        scroll_bar(
            ui,
            id.with("bar"),
            Sense::click_and_drag(),
            bar,
            &mut rows,
            total + shown_estimate,
            shown_estimate,
        );
    }
    let empty = content.bottom() - top;
    if rows.first != scroll.first {
        scroll.jump_to(rows.first.min(total - 1));
        ui.ctx().request_repaint();
    } else if index == total && empty > 0.0 && (scroll.first > 0 || scroll.offset > 0.0) {
        // Past the end: pull the last block down to the bottom instead of leaving empty space.
        scroll.offset -= empty;
        ui.ctx().request_repaint();
    }
    ui.allocate_rect(outer, Sense::hover());
}
