"use client";

import MuxPlayer from "@mux/mux-player-react";
import type MuxPlayerElement from "@mux/mux-player";

/**
 * Mux Player for a lesson (loaded only when a lesson's video is on Mux). Captions added as text tracks come with
 * the stream and appear in the player's captions menu; signed playback uses the tokens the server issued.
 */
export function MuxVideo({
  playbackId,
  tokens,
  title,
  startTime,
  onElement,
}: {
  playbackId: string;
  tokens: { playback: string; thumbnail: string; storyboard: string } | null;
  title: string;
  startTime: number;
  onElement: (el: MuxPlayerElement | null) => void | (() => void);
}) {
  return (
    <MuxPlayer
      ref={onElement}
      playbackId={playbackId}
      tokens={tokens ?? undefined}
      streamType="on-demand"
      startTime={startTime > 0 ? startTime : undefined}
      metadata={{ video_title: title }}
      accentColor="#0b5cad"
      className="aspect-video w-full"
      title={title}
    />
  );
}
