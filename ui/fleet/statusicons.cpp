#include "statusicons.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

namespace StatusIcons {

QIcon lamp(bool on, const QColor &colour)
{
    QIcon icon;
    for (const int size : {12, 16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal pen = qMax(1.0, size / 10.0);
        p.setPen(QPen(colour.darker(130), pen));
        p.setBrush(on ? QBrush(colour) : QBrush(Qt::NoBrush));
        const qreal inset = size * 0.2;
        p.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset));
        icon.addPixmap(pixmap);
    }
    return icon;
}

QIcon connection(ModuleSession::State state)
{
    static const QIcon connected = lamp(true, QColor("#2e9e4a"));
    static const QIcon away = lamp(false, QColor("#8a8a8a"));
    static const QIcon released = lamp(true, QColor("#8a8a8a"));
    switch (state) {
    case ModuleSession::State::Connected: return connected;
    case ModuleSession::State::Disconnected: return away;
    case ModuleSession::State::Released: return released;
    }
    return {};
}

QIcon outcome(ModuleText::JobOutcome outcome)
{
    QStyle *style = QApplication::style();
    switch (outcome) {
    case ModuleText::JobOutcome::Succeeded: return style->standardIcon(QStyle::SP_DialogApplyButton);
    case ModuleText::JobOutcome::Failed: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case ModuleText::JobOutcome::Cancelled: return style->standardIcon(QStyle::SP_DialogCancelButton);
    case ModuleText::JobOutcome::Running: return style->standardIcon(QStyle::SP_MediaPlay);
    case ModuleText::JobOutcome::None: break;
    }
    return {};
}

} // namespace StatusIcons
