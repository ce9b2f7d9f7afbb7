#include "BandedLattice.h"

namespace tigerscope {

LatticeBand::LatticeBand(const std::vector<int> &centers, int columns, int halfWidth)
    : m_columns(columns)
{
    const size_t rows = centers.size();
    m_lo.resize(rows);
    m_hi.resize(rows);
    m_start.resize(rows + 1, 0);
    for (size_t i = 0; i < rows; ++i) {
        m_lo[i] = std::clamp(centers[i] - halfWidth, 0, columns);
        m_hi[i] = std::clamp(centers[i] + halfWidth, 0, columns);
        if (i > 0) {
            // Keep the band connected and monotone: every row overlaps the one before it.
            m_lo[i] = std::max(m_lo[i - 1], std::min(m_lo[i], m_hi[i - 1]));
            m_hi[i] = std::max(m_hi[i], m_hi[i - 1]);
        }
    }
    if (rows > 0) {
        m_lo.front() = 0;
        m_hi.back() = columns;
    }
    for (size_t i = 0; i < rows; ++i)
        m_start[i + 1] = m_start[i] + size_t(m_hi[i] - m_lo[i] + 1);
}

} // namespace tigerscope
