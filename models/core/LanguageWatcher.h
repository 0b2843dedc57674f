#pragma once

// LanguageWatcher: tells an item model that the language changed. Models have no changeEvent(); this
// filter on the application object sees the LanguageChange each (un)installed translator sends and
// emits changed() once, after the switch has finished (a switch removes and installs several translators).

#include <QObject>

class QAbstractItemModel;

namespace ch {

class LanguageWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageWatcher)
public:
    explicit LanguageWatcher(QObject *parent = nullptr);

    // For a model whose header and display text come from tr(): after a switch it emits headerDataChanged
    // for every column and dataChanged for every row, so that views redraw and keep their selection.
    static LanguageWatcher *watch(QAbstractItemModel *model);
    // Announces the change for model as watch() does (also usable after a model re-read its texts).
    static void announce(QAbstractItemModel *model);

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_pending = false;
};

} // namespace ch
