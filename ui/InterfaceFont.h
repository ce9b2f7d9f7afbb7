#pragma once

namespace tigerscope {

/// The window's font: the platform's size and style with the families of FontFamilies::latinFirst,
/// so Latin text and curly quotes come from a Latin font and Chinese from the CJK font.
class InterfaceFont
{
public:
    /// Sets the application font; call once the QApplication exists, before any widget.
    static void install();
};

} // namespace tigerscope
