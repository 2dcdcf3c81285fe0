// A click on a seat of the plan opens it in the seat editor (mqSelectSeat is the page's remote
// command); the form beside the plan does the same by keyboard.
document.addEventListener('click', function (event) {
    var seat = event.target && event.target.closest ? event.target.closest('#plan .mq-seat') : null;
    if (seat && window.mqSelectSeat) {
        window.mqSelectSeat([{name: 'seat', value: seat.getAttribute('data-seat')}]);
    }
});
