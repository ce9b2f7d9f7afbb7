#pragma once

#include "UserRecords.h"

class QWidget;

namespace tigerscope {

class AppContext;

/// Opens a source: an article paragraph in the reader (AppContext::citationRequested), a URL in
/// the browser, any other reference in a message.
class CitationOpener
{
public:
    static void open(AppContext &context, const CitationRecord &citation, QWidget *parent);
    /// The first citation of a figure or event, preferring the interface language's version.
    static void openObservation(AppContext &context, qint64 id, QWidget *parent);
    static void openEvent(AppContext &context, qint64 id, QWidget *parent);
    static void openFirst(AppContext &context, const QList<CitationRecord> &citations, QWidget *parent);
};

} // namespace tigerscope
