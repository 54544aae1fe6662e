#pragma once

class QVBoxLayout;
class QWidget;

// The layout of a box ConnectPage shows around its key entry (the offer of the stored key,
// the result of the check): a small gap above it, its lines close together. Every such box
// looks alike.
QVBoxLayout* makeConnectPageBoxLayout(QWidget* box);
